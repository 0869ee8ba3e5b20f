import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The Microsoft Teams host configs and chat styles that the Adaptive Cards designer renders with (the
 * `adaptivecards-designer` package: lib/hostConfigs/microsoft-teams-{light,dark}.json and the Teams
 * container styles dist/containers/teams-container-{light,dark}.css), so the render test and the README
 * screenshots show cards the way the designer's "Microsoft Teams" host does, in both themes.
 *
 * The designer ships no high-contrast Teams config. `high-contrast` is its dark config with the colours of
 * Teams' high-contrast theme put in (black ground, white text, yellow accents and borders): a check that a
 * card stays legible there, not a copy of anything Microsoft ships.
 */
const designerRoot = path.dirname(require.resolve('adaptivecards-designer/package.json'));

// The host config is free-form JSON handed to the renderer inside the page.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type HostConfigJson = Record<string, any>;

const readJson = (file: string): HostConfigJson => JSON.parse(fs.readFileSync(path.join(designerRoot, 'lib', 'hostConfigs', file), 'utf8'));
const readCss = (file: string): string => fs.readFileSync(path.join(designerRoot, 'dist', 'containers', file), 'utf8');

export type TeamsTheme = 'light' | 'dark' | 'high-contrast';

export const teamsLightHostConfig: HostConfigJson = readJson('microsoft-teams-light.json');
export const teamsDarkHostConfig: HostConfigJson = readJson('microsoft-teams-dark.json');

const HC = { ground: '#000000', text: '#FFFFFF', accent: '#FFFF00', link: '#00EBFF', good: '#3FF23F', attention: '#FF6B6B' };
const hcForeground = {
  default: { default: HC.text, subtle: HC.text },
  dark: { default: HC.text, subtle: HC.text },
  light: { default: HC.text, subtle: HC.text },
  accent: { default: HC.link, subtle: HC.link },
  good: { default: HC.good, subtle: HC.good },
  warning: { default: HC.accent, subtle: HC.accent },
  attention: { default: HC.attention, subtle: HC.attention },
};
export const teamsHighContrastHostConfig: HostConfigJson = {
  ...teamsDarkHostConfig,
  containerStyles: Object.fromEntries(
    Object.keys(teamsDarkHostConfig.containerStyles as object).map((style) => [style, { backgroundColor: HC.ground, borderColor: HC.text, foregroundColors: hcForeground }]),
  ),
};

const HIGH_CONTRAST_CSS = `
.teams-inner-frame { background-color: #000 !important; border: 1px solid #fff; }
.teams-card { border-color: #fff !important; }
.ac-pushButton { background-color: #000 !important; color: #fff !important; border: 2px solid #fff !important; }
.ac-pushButton.style-positive, .ac-pushButton.primary { color: #000 !important; background-color: ${HC.accent} !important; border-color: ${HC.accent} !important; }
.ac-input, .ac-input input, .ac-input select, .ac-input textarea { background-color: #000 !important; color: #fff !important; border: 1px solid #fff !important; }
a.ac-anchor:link, a.ac-anchor:visited { color: ${HC.link} !important; }
`;

const DARK_LINKS = `
a.ac-anchor:link, a.ac-anchor:visited, a.ac-anchor:link:active, a.ac-anchor:visited:active { color: #A6A7DC; }
`;

/** Host config, chat styles and page background of each theme (the chat background the designer uses). */
export const TEAMS_THEMES: Record<TeamsTheme, { hostConfig: HostConfigJson; css: string; background: string; frame: string }> = {
  light: { hostConfig: teamsLightHostConfig, css: readCss('teams-container-light.css'), background: '#F5F5F5', frame: '#FFFFFF' },
  // The designer's dark styles keep the light theme's link colour (#6264A7), unreadable on dark grey; Teams
  // dark draws links in its light accent, the host config's own accent colour.
  dark: { hostConfig: teamsDarkHostConfig, css: readCss('teams-container-dark.css') + DARK_LINKS, background: '#1F1F1F', frame: '#2D2C2C' },
  'high-contrast': { hostConfig: teamsHighContrastHostConfig, css: readCss('teams-container-dark.css') + HIGH_CONTRAST_CSS, background: '#000000', frame: '#000000' },
};
