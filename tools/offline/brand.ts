/** The brand colour of the app (styles.css `--brand`, index.html theme-color, the manifest and the icons). */
export const BRAND = '#1f3a5f';
/** The page background (styles.css `--paper`): the install splash screen's colour. */
export const PAPER = '#f6f4ef';
