/**
 * A host config close to the Teams light theme (Segoe UI, Teams' purple accent, its spacing), written for
 * this project so the render test shows cards roughly as staff will see them.
 */
const foreground = (def: string, subtle: string) => ({ default: def, subtle });
const palette = {
  default: foreground('#242424', '#616161'),
  dark: foreground('#242424', '#616161'),
  light: foreground('#FFFFFF', '#F0F0F0'),
  accent: foreground('#5B5FC7', '#4F52B2'),
  good: foreground('#0E700E', '#107C10'),
  warning: foreground('#835B00', '#835B00'),
  attention: foreground('#C4314B', '#A4262C'),
};

export const teamsLightHostConfig = {
  fontFamily: "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#E0E0E0' },
  fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 },
  fontWeights: { lighter: 200, default: 400, bolder: 600 },
  imageSizes: { small: 32, medium: 52, large: 100 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: palette },
    emphasis: { backgroundColor: '#F5F5F5', foregroundColors: palette },
    accent: { backgroundColor: '#E8EBFA', foregroundColors: palette },
    good: { backgroundColor: '#E7F2DA', foregroundColors: palette },
    attention: { backgroundColor: '#FCF4F6', foregroundColors: palette },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: palette },
  },
  actions: {
    maxActions: 6,
    spacing: 'default',
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 16 },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
  adaptiveCard: { allowCustomStyle: true },
  textBlock: { headingLevel: 2 },
  inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} }, errorMessage: { size: 'small', color: 'attention' } },
};
