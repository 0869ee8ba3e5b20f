"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cases = void 0;
/** Bokmål texts for listing, closing and deleting cases. */
exports.cases = {
    'cases.list.title': 'Saker i denne samtalen',
    'cases.list.empty': 'Det er ingen saker her ennå. Skriv **hvem bør koordinere?** eller **nytt møte** for å starte en.',
    'cases.list.members': '{count} deltakere',
    'cases.list.noCoordinator': 'Ingen koordinator ennå',
    'cases.list.coordinator': 'Koordinator: {service}',
    'cases.status.open': 'Åpen',
    'cases.status.escalated': 'Løftet til leder',
    'cases.status.closed': 'Lukket',
    'cases.list.hint': 'Skriv **lukk sak BTI-…** når samarbeidet er avsluttet, eller **slett sak BTI-…** for å slette alt boten har lagret om saken.',
    'cases.notFound': 'Jeg finner ingen sak {ref} i denne samtalen.',
    'cases.notAllowed': 'Bare den som opprettet saken, koordinatoren eller en leder i saken kan gjøre dette. Ingenting er endret.',
    'cases.delete.title': 'Slette sak {ref}?',
    'cases.delete.text': 'Alt boten har lagret om saken blir slettet: deltakere, avklaringer, møter og referatrekkefølge. Planen i Samspill blir ikke berørt. Dette kan ikke angres.',
    'cases.delete.confirm': 'Ja, slett saken',
    'cases.close.title': 'Lukke sak {ref}?',
    'cases.close.text': 'Saken blir markert som lukket, og alt boten har lagret om den slettes automatisk etter {days} dager.',
    'cases.close.confirm': 'Ja, lukk saken',
    'cases.cancel': 'Avbryt',
    'cases.cancelled': 'Greit, ingenting er endret.',
    'cases.deleted': 'Sak {ref} er slettet ({count} dokumenter).',
    'cases.closed': 'Sak {ref} er lukket. Data slettes automatisk {date}.',
};
//# sourceMappingURL=cases.js.map