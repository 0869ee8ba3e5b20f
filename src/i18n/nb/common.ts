/** Bokmål texts shared by every job: welcome, help, errors. */
export const common = {
  'app.name': 'BTI-bot',
  'welcome.title': 'Hei! Jeg er BTI-bot',
  'welcome.intro':
    'Jeg hjelper dere som jobber med barn og unge etter BTI-modellen (Bedre tverrfaglig innsats) med å samarbeide på tvers av tjenester.',
  'welcome.privacy':
    'Viktig: Skriv aldri barnets navn, fødselsnummer eller helseopplysninger her. Jeg bruker bare anonyme saksreferanser, som BTI-2026-0042.',
  'welcome.start': 'Skriv **hjelp** når som helst for å se hva jeg kan.',
  'help.title': 'Dette kan jeg hjelpe med',
  'help.intro': 'Trykk på en knapp eller skriv kommandoen.',
  'help.avklaring.title': 'Hvem bør koordinere?',
  'help.avklaring.text': 'Finn ut om barnet trenger en plan, hvilken plantype, og hvilken tjeneste som bør være koordinator. Kjør avklaringsmøtet her i Teams.',
  'help.avklaring.command': 'hvem bør koordinere?',
  'help.meetings.title': 'Møter',
  'help.meetings.text': 'Kall inn til samarbeidsmøte eller ansvarsgruppemøte med svar, påminnelser og kalenderfil.',
  'help.meetings.command': 'nytt møte',
  'help.referat.title': 'Referat',
  'help.referat.text': 'Se hvem som skriver referat neste gang. Det går på omgang blant fagpersonene.',
  'help.referat.command': 'referat',
  'help.guidance.title': 'Veiledning og meldeplikt',
  'help.guidance.text': 'Finn riktig BTI-verktøy for nivå og trinn, og få hjelp med meldeplikt til barnevernet.',
  'help.guidance.command': 'meldeplikt',
  'help.verktoy.command': 'verktøy',
  'help.privacy': 'Skriv aldri navn, fødselsnummer eller helseopplysninger om barnet i Teams.',
  'privacy.idNumber':
    'Det du skrev ser ut som et fødselsnummer eller D-nummer. Jeg har ikke lagret det og gjør ingenting med meldingen. Ikke skriv personopplysninger om barnet i Teams – bruk saksreferansen (for eksempel BTI-2026-0042). Slett gjerne meldingen din.',
  'error.otherTenant': 'Denne boten er satt opp for en annen organisasjon, så jeg kan ikke hjelpe her. Ingenting er lagret.',
  'error.generic': 'Beklager, noe gikk galt hos meg. Ingenting av det som allerede er lagret er endret. Prøv igjen om litt.',
  'error.storeDown': 'Jeg får ikke kontakt med databasen akkurat nå, så jeg kan ikke lagre eller hente saker. Prøv igjen om et par minutter.',
  'error.unknownAction': 'Denne knappen kjenner jeg ikke igjen. Kortet kan være gammelt; skriv **hjelp** for å starte på nytt.',
  'error.invalidInput': 'Noe i skjemaet var ikke gyldig: {details}',
  'error.notMember': 'Beklager, bare deltakerne i denne saken kan gjøre dette. Ingenting er endret.',
  'language.chosen': 'Greit, jeg svarer deg på norsk (bokmål) fra nå av. Skriv **språk auto** for å la meg velge ut fra det du skriver.',
  'language.forgotten': 'Greit, jeg har glemt språkvalget ditt. Nå svarer jeg på språket du skriver på, ellers på språket Teams bruker.',
  'language.usage':
    'Skriv **språk norsk** eller **språk engelsk** for å velge hvilket språk jeg svarer deg på, eller **språk auto** for å la meg velge ut fra det du skriver. Jeg husker bare valget, ikke noe annet om deg.',
  'language.noUser': 'Jeg kan ikke huske et språkvalg her, fordi Teams ikke sa hvem du er. Jeg svarer på språket du skriver på.',
} as const;
