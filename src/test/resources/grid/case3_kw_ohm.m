function mpc = case3_kw_ohm
% The network of case3_pu.m written the way case33bw.m is: kW/kVAr and ohms in the tables,
% converted by code at the end, here with different spacing and commas.
mpc.version = '2';
mpc.baseMVA = 100;
mpc.bus = [
	1	3	0	0	0	0	1	1	0	11	1	1.1	0.9;
	2	1	500	200	0	0	1	1	0	11	1	1.1	0.9;
	3	1	250	100	0	0	1	1	0	11	1	1.1	0.9;
];
mpc.gen = [ 1 0 0 10 -10 1.02 100 1 10 0 ];
mpc.branch = [
	1	2	0.0121	0.0242	0	0	0	0	0	0	1	-360	360;
	2	3	0.0605	0.0484	0	0	0	0	0	0	1	-360	360;
	1	3	0.121	0.121	0	0	0	0	0	0	0	-360	360;
];
% mpc.bus(:, [PD, QD]) = mpc.bus(:, [PD, QD]) * 7;   a commented-out statement changes nothing
[PQ, PV, REF, NONE, BUS_I, BUS_TYPE, PD, QD, GS, BS, BUS_AREA, VM, ...
    VA, BASE_KV, ZONE, VMAX, VMIN, LAM_P, LAM_Q, MU_VMAX, MU_VMIN] = idx_bus;
[F_BUS, T_BUS, BR_R, BR_X] = idx_brch;
Vb = mpc.bus(1, BASE_KV) * 1e3;  Sb = mpc.baseMVA * 1e6;
mpc.branch(:,[BR_R,BR_X])=mpc.branch(:,[BR_R,BR_X])/(Vb ^ 2/Sb);
mpc.bus( :, [ PD QD ] ) = mpc.bus( :, [ PD QD ] ) / 1e3;
