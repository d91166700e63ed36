function mpc = case3_pu
%CASE3_PU  Three-bus radial feeder in standard MATPOWER units, written for chargeplan's tests.
%   Loads in MW/MVAr, impedances in per unit on baseMVA 100 and baseKV 11.
%   Exercises: commas between cells, a row without ';', a '...' continuation, a trailing comment.

%% MATPOWER Case Format : Version 2
mpc.version = '2';

%% system MVA base
mpc.baseMVA = 100;

%% bus data
%	bus_i	type	Pd	Qd	Gs	Bs	area	Vm	Va	baseKV	zone	Vmax	Vmin
mpc.bus = [
	1	3	0	0	0	0	1	1	0	11	1	1.1	0.9;
	2,	1,	0.5,	0.2,	0,	0,	1,	1,	0,	11,	1,	1.1,	0.9   % 500 kW, 200 kvar; no ';'
	3	1	0.25	0.1	0	0	1	1	0 ...  the row goes on
		11	1	1.1	0.9;
];

%% generator data
%	bus	Pg	Qg	Qmax	Qmin	Vg	mBase	status	Pmax	Pmin
mpc.gen = [
	1	0	0	10	-10	1.02	100	1	10	0;
];

%% branch data
%	fbus	tbus	r	x	b	rateA	rateB	rateC	ratio	angle	status	angmin	angmax
mpc.branch = [
	1	2	0.01	0.02	0	0	0	0	0	0	1	-360	360;
	2	3	0.05	0.04	0	0	0	0	0	0	1	-360	360;
	1	3	0.1	0.1	0	0	0	0	0	0	0	-360	360;	% open tie
];

%% generator cost data
mpc.gencost = [
	2	0	0	3	0	20	0;
];
