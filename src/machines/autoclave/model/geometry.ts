/** Shared dimensions of the model, millimetres (machine-shapes.md §9 parts list). */
export const AXIS_Y = 1150;
export const SHELL_R = 870;
export const SHELL_FRONT_Z = -150;
export const SHELL_BACK_Z = -5250;
export const FLANGE_R = 975;
export const RAIL_Y = 420;
export const RAIL_GAUGE = 700;
export const TOP_Y = AXIS_Y + SHELL_R;
/** Davit pivot (vertical axis) on the top-left bracket. */
export const HINGE_X = -1050;
export const HINGE_Z = -300;
