function mpc = broken
mpc.version = '2';
mpc.baseMVA = 100;
mpc.bus = [
	1	3	0	0	0	0	1	1	0	11	1	1.1	0.9;
	2	1	0.5	0.2	0	0	1	1	0	11	1	1.1	0.9;
	3	1	0.25	0.1	0	0	1	1	0	11	1	1.1	0.9;
];
mpc.gen = [
	1	0	0	10	-10	1.02	100	1	10	0;
];
