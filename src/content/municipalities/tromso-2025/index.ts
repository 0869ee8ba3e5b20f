import { defineMunicipality } from '../define';
import { guidance } from './guidance';
import { profile } from './profile';

/**
 * Tromsø from 1 August 2025: tverrfaglig plan and koordinator, the BTI guide, the coordinator table. The NAV and GP
 * rows of the shared table cite the older Tromsø form (001) and the Vestre Toten handbook (003).
 */
export default defineMunicipality({
  id: 'tromso-2025',
  sources: ['000', '001', '002', '003', '004'],
  profile,
  guidance,
});
