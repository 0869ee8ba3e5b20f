import { cite, type Contact } from '../../guidance/schema';
import { POLICE_CONTACT, REPORTING_PORTAL_CONTACT } from '../../guidance/shared';

/** Whom staff call or write to in this municipality: every phone number of the municipality is written here. */
/** Barnevernvakta's number is also in the profile and the meldeplikt note: all three read it from here. */
export const BARNEVERNVAKTA_PHONE = '95 19 52 40';

export const CONTACTS: Contact[] = [
  POLICE_CONTACT,
  {
    id: 'barnevernvakta',
    name: { nb: 'Barnevernvakta i Tromsø', en: 'Child welfare emergency service (Barnevernvakta), Tromsø' },
    description: {
      nb: 'Åpen hele døgnet. Ring for råd om meldeplikten gjelder, eller når noe haster.',
      en: 'Open day and night. Call for advice on whether the duty to report applies, or when something is urgent.',
    },
    phone: BARNEVERNVAKTA_PHONE,
    hours: { nb: 'Døgnåpen', en: 'Open day and night' },
    source: cite('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
  },
  {
    id: 'barneverntjenesten',
    name: { nb: 'Barneverntjenesten i Tromsø', en: 'Child welfare service, Tromsø' },
    description: {
      nb: 'Tar imot bekymringsmeldinger og kan drøfte hvordan du går fram. Haster det utenom kontortid, ring Barnevernvakta.',
      en: 'Receives reports of concern and can talk through how to proceed. Outside office hours, call Barnevernvakta if it is urgent.',
    },
    source: cite('002', 'Meldeplikt til barneverntjenesten', 'Duty to report to child welfare'),
  },
  REPORTING_PORTAL_CONTACT,
  {
    id: 'ressurssenteret',
    name: { nb: 'Ressurssenter for barn og familie', en: 'Resource centre for children and families (Ressurssenteret)' },
    description: {
      nb: 'Spørsmål om BTI-modellen, tilgang til verktøy, eller henvendelser om tverrfaglig plan når andre veier ikke har ført fram.',
      en: 'Questions about the BTI model, access to tools, or requests for a cross-disciplinary plan when other routes have not worked.',
    },
    email: 'ressurssenteret@tromso.kommune.no',
    source: cite('002', 'Verktøyliste; kontakt', 'Tool list; contact'),
  },
  {
    id: 'samspill-support',
    name: { nb: 'Samspill support', en: 'Samspill support' },
    description: { nb: 'Hjelp med bruk av Samspill. Send e-post til Samspill support.', en: 'Help with using Samspill. Send an e-mail to Samspill support.' },
    source: cite('002', 'Samspill – hjelp', 'Samspill – help'),
  },
];
