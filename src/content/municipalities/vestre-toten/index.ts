import { defineMunicipality } from '../define';
import { guidance } from './guidance';
import { profile } from './profile';

/** Vestre Toten: stafettlogg and individuell plan, the coordinators' handbook; the BTI guide for the levels. */
export default defineMunicipality({
  id: 'vestre-toten',
  sources: ['001', '002', '003', '004'],
  profile,
  guidance,
});
