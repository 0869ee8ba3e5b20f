import { cite, type Contact } from '../../guidance/schema';
import { POLICE_CONTACT, REPORTING_PORTAL_CONTACT } from '../../guidance/shared';

/** Whom staff call or write to in this municipality: every phone number of the municipality is written here. */
export const CONTACTS: Contact[] = [
  POLICE_CONTACT,
  {
    id: 'barnevernvakta',
    name: { nb: 'Barnevernvakt', en: 'Child welfare emergency service (barnevernvakt)' },
    description: {
      nb: 'Telefonnummeret til barnevernvakten er ikke lagt inn for Vestre Toten ennå – spør lederen din. Er barnet i fare nå, ring 112.',
      en: 'The phone number of the child welfare emergency service has not been added for Vestre Toten yet – ask your leader. If the child is in danger now, call 112.',
    },
    source: cite('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
  },
  {
    id: 'barneverntjenesten',
    name: { nb: 'Barneverntjenesten', en: 'Child welfare service' },
    description: {
      nb: 'Tar imot bekymringsmeldinger og kan drøfte med deg hvordan du går fram.',
      en: 'Receives reports of concern and can talk through with you how to proceed.',
    },
    source: cite('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
  },
  REPORTING_PORTAL_CONTACT,
  {
    id: 'koordinerende-enhet',
    name: { nb: 'Kontor for tildeling og koordinering (KTK)', en: 'Office for allocation and coordination (KTK)' },
    description: {
      nb: 'Kommunens koordinerende enhet: behandler søknader om koordinator og individuell plan, bestemmer hvilken tjeneste som koordinerer, og gir råd til koordinatorer.',
      en: 'The municipality’s coordinating unit: handles applications for a coordinator and an individual plan, decides which service coordinates, and advises coordinators.',
    },
    source: cite('003', '3. Koordinerende enhet (KTK)', '3. Coordinating unit (KTK)'),
  },
];
