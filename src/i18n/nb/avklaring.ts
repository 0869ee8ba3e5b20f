/** Bokmål texts for "hvem bør koordinere?" (avklaring) in Teams. */
export const avklaring = {
  /** A plain date on the cards. */
  'avklaring.date': '{d}.{m}.{y}',
  'avklaring.form.title': 'Hvem bør koordinere?',
  'avklaring.form.intro': 'Svar på noen korte spørsmål, så får dere et forslag til plan, plantype og hvem som bør ha koordineringsrollen. Bare valg og avkrysninger – ingen navn eller opplysninger om barnet.',
  'avklaring.form.prefilled': 'Jeg har fylt inn det meldingen din sier om alder og tjenester. Sjekk at det stemmer, og rett det som ikke gjør det.',
  'avklaring.form.case': 'Hvilken sak gjelder det?',
  'avklaring.form.newCase': 'Ny sak (jeg lager et nytt saksnummer)',
  'avklaring.form.caseSection': 'Om saken',
  'avklaring.form.serviceSection': 'Om tjenestene som er inne',
  'avklaring.form.submit': 'Vis forslag',
  'avklaring.form.privacy': 'Skriv aldri barnets navn, fødselsnummer eller helseopplysninger i Teams.',
  'avklaring.form.personalNumber':
    'Det ser ut som et fødselsnummer (11 sifre) i skjemaet. Jeg tar aldri imot det. Ingenting er lagret – fjern tallet og prøv igjen.',
  'avklaring.form.unknownCase': 'Jeg finner ikke den saken her, eller du er ikke med i den. Velg en annen sak eller lag en ny.',
  'avklaring.form.ageRejected': 'Jeg kan ikke gi råd for denne alderen: {message}\n\nIngenting er lagret.',
  'avklaring.form.step1': 'Steg 1 av 2: alder og tjenester',
  'avklaring.form.step2': 'Steg 2 av 2: oppfølging og saken',
  'avklaring.form.next': 'Neste',
  'avklaring.form.back': 'Tilbake',
  'avklaring.form.summaryAge': 'Alder: {age}',
  'avklaring.form.summaryUnborn': 'Barnet er ikke født ennå',
  'avklaring.form.summaryUnder1': 'under 1 år',
  'avklaring.form.summaryYears': '{years} år',
  'avklaring.form.summaryServices': 'Tjenester: {services}',
  'avklaring.form.summaryNoServices': 'Ingen tjenester ennå',
  'avklaring.form.noDetails': 'Ingen av tjenestene du krysset av, har egne oppfølgingsspørsmål.',
  'avklaring.form.consentWho': 'Hvem samtykker: {who}',
  'avklaring.form.errorsTitle': 'Dette må rettes før du går videre. Ingenting er lagret:',
  'avklaring.form.errorLine': '«{label}»: {message}',
  'avklaring.form.err.chooseOne': 'Velg et svar.',
  'avklaring.form.err.invalidChoice': 'Velg et av svarene i lista.',
  'avklaring.form.err.ageMissing': 'Skriv alderen i hele år, eller kryss av for «{unborn}».',
  'avklaring.form.err.ageWithUnborn': 'La alderen stå tom når barnet ikke er født ennå.',
  'avklaring.form.err.ageNumber': 'Skriv alderen som et helt tall, for eksempel 6.',
  'avklaring.form.err.ageNegative': 'Alderen kan ikke være under 0. Venter familien barnet, kryss av for «{unborn}».',
  'avklaring.form.err.ageTooHigh': 'BTI gjelder barn og unge fra 0 til og med 23 år, så verktøyet gir ikke råd for {years} år.',
  'avklaring.form.err.ageRange': 'Skriv en alder fra 0 til 23 år, i hele år.',
  'avklaring.form.err.noServices': 'Kryss av minst én tjeneste. Venter familien barn og ingen tjenester er inne ennå, kryss av for «{unborn}» – da går det uten.',
  'avklaring.form.err.tooManyServices': 'Kryss av høyst {max} tjenester.',
  'avklaring.form.err.unknownService': 'En av tjenestene kjenner jeg ikke igjen. Kryss av tjenestene på nytt.',
  'avklaring.form.err.notApplicable': 'Svaret passer ikke til denne tjenesten. Velg på nytt.',
  'avklaring.form.err.other': 'Svaret kunne ikke leses. Velg på nytt.',
  'avklaring.form.err.unreadable': 'Noe i skjemaet kunne ikke leses. Start på nytt med «hvem bør koordinere?».',
  'avklaring.rec.whoCoordinates': 'Hvem bør koordinere?',
  'avklaring.rec.whoBk': 'En barnekoordinator',
  'avklaring.rec.whoExisting': 'Den som har rollen nå, til noen andre tar den over',
  'avklaring.rec.whoUnclear': 'Ikke klart ut fra tabellen – se «Vis mer»',
  'avklaring.rec.bkHow': 'Slik får familien barnekoordinator',
  'avklaring.rec.next': 'Neste steg',
  'avklaring.rec.consent': 'Samtykke',
  'avklaring.rec.why': 'Hvorfor',
  'avklaring.rec.roleHere': 'rolle: {role}',
  'avklaring.rec.sources': 'Kilder',
  'avklaring.rec.more': 'Vis mer',
  'avklaring.rec.less': 'Vis mindre',
  'avklaring.rec.startHintNobody': 'Ingen vil ta rollen: start møtet med fagpersonene og velg «Ingen enighet» med en gang for å gå til rullering eller leder.',

  'avklaring.rec.title': 'Forslag: hvem bør koordinere?',
  'avklaring.rec.case': 'Sak',
  'avklaring.rec.municipality': 'Kommune',
  'avklaring.rec.planNeeded': 'Trengs en plan?',
  'avklaring.rec.planType': 'Plantype',
  'avklaring.rec.role': 'Rollen heter',
  'avklaring.rec.decidedBy': 'Hvem bestemmer',
  'avklaring.rec.bk': 'Rett til barnekoordinator?',
  'avklaring.rec.bkHolder': 'Hvem har rollen her',
  'avklaring.rec.candidates': 'Tjenestene, mest naturlig først',
  'avklaring.rec.suggestion': 'Forslag',
  'avklaring.rec.noSuggestion': 'Tabellen peker ikke tydelig på én tjeneste. Bli enige ut fra hvem som er tettest på barnet.',
  'avklaring.rec.process': 'Slik går dere fram',
  'avklaring.rec.ifNoAgreement': 'Blir dere ikke enige',
  'avklaring.rec.change': 'Ved bytte av koordinator',
  'avklaring.rec.reminders': 'Husk',
  'avklaring.rec.note': 'Merk',
  'avklaring.rec.yes': 'Ja',
  'avklaring.rec.no': 'Nei',
  'avklaring.rec.startTitle': 'Avklaringsmøte her i chatten',
  'avklaring.rec.startHint': 'Velg fagpersonene som er med. Dere får ett felles kort der hver kan foreslå, si seg enig eller si fra at de ikke kan ta rollen.',
  'avklaring.rec.participants': 'Deltakere',
  'avklaring.rec.start': 'Start avklaringsmøte',
  'avklaring.rec.started': 'Avklaringsmøtet er startet – se det felles kortet i samtalen.',
  'avklaring.rec.startNotPosted':
    'Avklaringsmøtet er startet, men det felles kortet er ikke kommet ut i samtalen ennå – noe svarte ikke da jeg prøvde. Jeg prøver igjen av meg selv, så du trenger ikke starte på nytt.',
  'avklaring.rec.startPosting': 'Avklaringsmøtet er startet, og det felles kortet er på vei. Det kommer i samtalen om litt.',
  'avklaring.unfinished':
    'Valget er lagret, men jeg har ikke fått gjort ferdig alt som hører til ennå (for eksempel å føre koordinatoren på saken eller sende beskjeden) – noe svarte ikke da jeg prøvde. Jeg gjør det ferdig av meg selv, så du trenger ikke trykke igjen.',
  'avklaring.rec.tooFewParticipants': 'Et avklaringsmøte trenger minst to fagpersoner. Velg minst én til (du er med automatisk). Ingenting er endret.',
  'avklaring.rec.tooManyParticipants': 'Velg høyst {max} deltakere. Ingenting er endret.',
  'avklaring.rec.needsTwo':
    'Et avklaringsmøte trenger minst to fagpersoner, og her er det bare deg. Skriv «hvem bør koordinere?» i gruppechatten eller kanalen der de andre fagpersonene er, og start møtet der. Forslaget over kan du bruke som det er.',
  'avklaring.verdict.natural': 'naturlig',
  'avklaring.verdict.neutral': 'tabellen gir ikke svar',
  'avklaring.verdict.not-natural': 'ikke naturlig',

  'avklaring.meeting.title': 'Avklaringsmøte: hvem bør koordinere?',
  'avklaring.meeting.intro': 'Bare deltakerne kan trykke. Barnet og familien er ikke til stede i denne drøftingen.',
  'avklaring.meeting.suggested': 'Verktøyet foreslår',
  'avklaring.meeting.proposals': 'Forslag',
  'avklaring.meeting.noProposals': 'Ingen forslag ennå. Foreslå en tjeneste nedenfor.',
  'avklaring.meeting.agreeCount': '{count} av {total} enige',
  'avklaring.meeting.agreedBy': 'Enige: {names}',
  'avklaring.meeting.agree': 'Enig',
  'avklaring.meeting.positions': 'Deltakerne',
  'avklaring.meeting.pos.agrees': 'enig i {proposal}',
  'avklaring.meeting.pos.cannot': 'kan ikke ta rollen',
  'avklaring.meeting.pos.none': 'har ikke svart ennå',
  'avklaring.meeting.proposeTitle': 'Foreslå en koordinator',
  'avklaring.meeting.proposeService': 'Tjeneste',
  'avklaring.meeting.proposePerson': 'Person (valgfritt)',
  'avklaring.meeting.propose': 'Foreslå',
  'avklaring.meeting.cannot': 'Jeg kan ikke ta rollen',
  'avklaring.meeting.convener': 'For den som kalte inn',
  'avklaring.meeting.majority': 'Bekreft flertallets valg',
  'avklaring.meeting.noAgreement': 'Ingen enighet',
  'avklaring.meeting.noAgreementUnit': 'Ingen enighet – saken går til {unit}',
  'avklaring.meeting.unitNote':
    'Her er det {unitFull} som bestemmer hvilket tjenestested som får koordineringsansvaret, og lederen for det tjenestestedet oppnevner koordinatoren. Det dere blir enige om, er et forslag til {unit}.',
  'avklaring.meeting.majorityFound': 'Flertall: {count} av {total} er enige i {proposal}. Den som kalte inn kan bekrefte det.',
  'avklaring.meeting.majorityHint': 'Ingen forslag har flertall ennå. Flertall betyr at minst {needed} av {total} er enige i samme forslag.',
  'avklaring.meeting.footer': 'Alle deltakerne ser det samme kortet, og det oppdateres for alle når noen svarer.',
  'avklaring.decision.footer': 'Dette er lagret i saken.',
  'avklaring.meeting.proposalLabel': '{service}',
  'avklaring.meeting.proposalWithPerson': '{service} ({person})',
  'avklaring.meeting.notOpen': 'Avklaringsmøtet er avsluttet. Her er utfallet.',
  'avklaring.meeting.onlyConvener': 'Bare den som startet avklaringsmøtet kan gjøre dette. Ingenting er endret.',
  'avklaring.meeting.noMajority':
    'Ingen forslag har flertall ennå: minst {needed} av {total} deltakere må være enige i samme forslag før det kan bekreftes. Ingenting er endret.',
  'avklaring.meeting.stale': 'Kortet ditt var utdatert, så ingenting ble endret. Her er det oppdaterte kortet.',
  'avklaring.meeting.badInput': 'Velg en av tjenestene i saken (og eventuelt en av deltakerne). Ingenting er endret.',
  'avklaring.meeting.unknownProposal': 'Det forslaget finnes ikke lenger. Ingenting er endret.',

  'avklaring.decision.title': 'Koordinator er valgt',
  'avklaring.decision.service': 'Tjeneste',
  'avklaring.decision.person': 'Person',
  'avklaring.decision.how': 'Avgjort ved',
  'avklaring.decision.agreement': 'enighet blant alle deltakerne',
  'avklaring.decision.majority': 'flertallets valg, bekreftet av den som kalte inn',
  'avklaring.decision.agreedBy': 'Enige',
  'avklaring.decision.next':
    'Neste steg: den valgte tjenesten oppretter planen, setter mål sammen med barnet og familien og inviterer til samarbeidsmøte. Rollen gjelder til noen andre har tatt den over.',
  'avklaring.decision.personNotSet': 'ikke valgt ennå – tjenesten peker ut en person',
  'avklaring.decision.proposalTitle': 'Forslag til {unit}: {service}',
  'avklaring.decision.personByLeader': 'oppnevnes av lederen på tjenestestedet',
  'avklaring.decision.proposalNext':
    'Dette er et forslag, ikke en avgjørelse. Send det til {unitFull} sammen med søknaden om individuell plan og koordinator. {unit} bestemmer hvilket tjenestested som får ansvaret, og lederen for det tjenestestedet oppnevner koordinatoren.',

  'avklaring.referral.title': 'Saken går til {unit}',
  'avklaring.referral.intro':
    'Dere ble ikke enige. {unitFull} avgjør hvilket tjenestested som får koordineringsansvaret, og lederen for det tjenestestedet oppnevner koordinatoren. Ta med forslagene fra møtet når dere kontakter {unit}:',
  'avklaring.referral.row': '{proposal}: {count} av {total} enige',
  'avklaring.referral.noProposals': 'Ingen forslag ble lagt fram i møtet.',

  'avklaring.noagree.title': 'Ingen enighet – hva nå?',
  'avklaring.noagree.intro': 'Velg enten rullering mellom tjenestene eller å sende saken til en leder som bestemmer.',
  'avklaring.noagree.rotationTitle': 'Rullering',
  'avklaring.noagree.rotationHint': 'Velg rekkefølgen. Den første har rollen fra startdatoen, så går den videre etter perioden.',
  'avklaring.noagree.personsLater': 'Det er for mange deltakere til å velge person for hver plass her. Tjenesten som har rollen, sier hvem som tar den ved overleveringen.',
  'avklaring.noagree.position': '{n}. i rekken',
  'avklaring.noagree.positionPerson': 'Person for {n}. (valgfritt)',
  'avklaring.noagree.skip': '– ikke med i rulleringen –',
  'avklaring.noagree.period': 'Periode i måneder',
  'avklaring.noagree.start': 'Startdato',
  'avklaring.noagree.chooseRotation': 'Bruk rullering',
  'avklaring.noagree.escalationTitle': 'Send til leder',
  'avklaring.noagree.escalationHint': 'Velg lederen som skal bestemme. Jeg nevner vedkommende i samtalen.',
  'avklaring.noagree.leader': 'Leder',
  'avklaring.noagree.chooseEscalation': 'Send til leder',
  'avklaring.noagree.back': 'Tilbake til møtekortet',
  'avklaring.noagree.badRotation':
    'Rulleringen må ha minst to ulike tjenester fra saken, en periode på 1–60 måneder og en gyldig startdato. Ingenting er endret.',
  'avklaring.noagree.badLeader': 'Velg en leder fra samtalen. Ingenting er endret.',
  'avklaring.noagree.unitIntro': 'Her er det {unitFull} som bestemmer hvilket tjenestested som skal koordinere. Blir dere ikke enige, går spørsmålet dit.',
  'avklaring.noagree.referTitle': 'Send saken til {unit}',
  'avklaring.noagree.referHint':
    'Møtet avsluttes, og kortet viser forslagene og hvor mange som var enige i hvert. Jeg sender ikke noe selv – ta det med når dere kontakter {unit}.',
  'avklaring.noagree.chooseRefer': 'Avslutt – saken går til {unit}',
  'avklaring.noagree.unitDecides':
    'I denne saken er det {unit} som bestemmer hvilket tjenestested som skal koordinere, så rullering eller leder er ikke valg her. Bruk «Avslutt – saken går til {unit}». Ingenting er endret.',
  'avklaring.noagree.noUnit': 'I denne saken bestemmer tjenestene selv. Velg rullering eller leder. Ingenting er endret.',

  'avklaring.rotation.title': 'Rullering av koordinatorrollen',
  'avklaring.rotation.intro': 'Tjenestene ble ikke enige, så rollen går på omgang. Hver periode er {months} måneder.',
  'avklaring.rotation.row': '{from} – {to}: {holder}',
  'avklaring.rotation.reminder': 'Jeg minner den neste i rekken på overleveringen når den er klar.',
  'avklaring.rotation.cycle': 'Etter den siste begynner rekken på nytt, til saken lukkes eller dere avtaler noe annet.',
  'avklaring.rotation.handover':
    'Overlevering i sak {caseRef}: {holder} tar nå over koordinatorrollen (til {to}). Husk å overlevere planen og si fra til familien.',

  'avklaring.escalation.title': 'Saken er sendt til leder',
  'avklaring.escalation.intro': 'Tjenestene ble ikke enige. {leader} bestemmer hvem som skal koordinere.',
  'avklaring.escalation.message':
    '{leader}: tjenestene i sak {caseRef} ble ikke enige om hvem som skal koordinere. Kan du bestemme det? Forslaget fra verktøyet og møtet ligger i kortet over.',
  // The advice's own texts (src/domain/avklaring/texts.ts): the same in every municipality.
  'avklaring.advice.ageUnborn':
    'Barnet er ikke født ennå. Samarbeid og barnekoordinator kan starte allerede før fødselen.',
  'avklaring.advice.ageNegative':
    'Alderen kan ikke være under 0. Gjelder det et barn som ikke er født ennå, velg «ikke født ennå» (unborn).',
  'avklaring.advice.planNoServices':
    'Ingen tjenester er inne ennå, så det er ikke noe samarbeid å lage plan for nå. Trenger familien hjelp, hjelp dem i kontakt med rett tjeneste – med samtykke.',
  'avklaring.advice.planBarnekoordinator':
    'Familien har rett til barnekoordinator. Barnekoordinatoren har de samme oppgavene som en koordinator – også å lage planen sammen med familien – og samler tjenestene etter hvert som de kommer inn, selv om bare én eller ingen tjeneste er inne nå.',
  'avklaring.advice.planTypeBkIp':
    'Barnekoordinatoren har ansvaret for den individuelle planen hvis familien vil ha en. En individuell plan bygger på samtykke.',
  'avklaring.advice.planSingleService':
    'Bare én tjeneste er inne. En plan for tverrfaglig samarbeid er for når flere tjenester må samarbeide over tid. Trenger barnet hjelp fra andre, hjelp familien i kontakt med dem – med samtykke.',
  'avklaring.advice.planIupIop':
    'Bare barnehagen/skolen og PPT samarbeider. Da kan samarbeidet skje i IUP (barnehage) eller IOP (skole) hvis barnet har det, uten en egen plan for tverrfaglig samarbeid.',
  'avklaring.advice.planNoCooperation':
    'Tjenestene trenger ikke å samarbeide over tid, så det trengs ingen plan nå. Se på det igjen hvis behovet endrer seg.',
  'avklaring.advice.planNeeded':
    'Flere tjenester er inne og må samarbeide over tid. Da skal barnet ha en plan for det tverrfaglige samarbeidet.',
  'avklaring.advice.planTypeIupIop':
    'IUP/IOP',
  'avklaring.advice.planTypeNone':
    'Ingen plan nå',
  'avklaring.advice.planTypeNoneReason':
    'Det trengs ingen plan for tverrfaglig samarbeid ut fra svarene.',
  'avklaring.advice.statutoryTooFewServices':
    'Ut fra svarene er vilkårene for individuell plan og koordinator ikke oppfylt. Det krever varig hjelp fra minst to kommunale helse- og omsorgstjenester, barnevernet eller NAV. Her teller ikke et par kontroller i året, det alle barn får hos helsesykepleier, en undersøkelse i barnevernet eller fastlegens medisinske oppfølging. Da brukes stafettlogg.',
  // Why the statutory plan was not found, then what the municipality's base plan is.
  'avklaring.advice.statutoryNotMet': '{why} {description}',
  'avklaring.advice.statutoryNoNeedAmongThemselves':
    'Ut fra svarene er vilkårene for individuell plan og koordinator ikke oppfylt: det er ikke oppgitt at hjelpetjenestene må møtes for å avklare innsatsen seg imellom, ut over det barnehagen/skolen trenger. Samarbeid med barnehagen/skolen gir ikke rett til individuell plan alene. Da brukes stafettlogg.',
  'avklaring.advice.bkRight':
    'Barnet har alvorlig sykdom, skade eller funksjonsnedsettelse og trenger langvarige, samordnede tjenester. Da har familien rett til barnekoordinator – fra før fødselen og til barnet fyller 18 år.',
  'avklaring.advice.bkRightUnborn':
    'Familien venter et barn med alvorlig sykdom, skade eller funksjonsnedsettelse som vil trenge langvarige, samordnede tjenester. Da har familien rett til barnekoordinator, og barnekoordinatoren kan oppnevnes allerede før fødselen og være med til barnet fyller 18 år.',
  'avklaring.advice.bkTooOld':
    'Retten til barnekoordinator varer til barnet fyller 18 år. Koordinator og plan kan fortsatt være aktuelt.',
  'avklaring.advice.bkNotSerious':
    'Retten til barnekoordinator gjelder når barnet har alvorlig sykdom, skade eller funksjonsnedsettelse, og det er ikke oppgitt her.',
  'avklaring.advice.stepSingleService':
    'Bare én tjeneste er inne. Den følger opp i egen tjeneste, og ingen trenger koordineringsrollen nå. Kommer flere tjenester inn, vurder på nytt.',
  'avklaring.advice.stepNoPlan':
    'Det trengs ingen plan for tverrfaglig samarbeid nå, og dermed ingen koordineringsrolle. Vurder på nytt hvis behovet endrer seg.',
  'avklaring.advice.stepNoServices':
    'Ingen tjenester er inne ennå, så ingen trenger koordineringsrollen nå. Vurder på nytt når tjenester kommer inn.',
  'avklaring.advice.stepAgreeDirectly':
    'Dere er to tjenester. Ta kontakt med fagpersonen i den andre tjenesten og bli enige om hvem som tar rollen.',
  'avklaring.advice.stepAvklaringsmote':
    'Flere enn to tjenester er inne. Inviter fagpersonene til et avklaringsmøte (gjerne på Teams), send gjerne dette verktøyet på forhånd, og bli enige i møtet om hvem som tar rollen.',
  'avklaring.advice.stepKeepExisting':
    'Det finnes allerede en koordinator. Vedkommende har rollen til en annen har tatt den over.',
  'avklaring.advice.reminderConsent':
    'Få samtykke før du kontakter andre tjenester om barnet.',
  'avklaring.advice.consentParents':
    'Foresatte samtykker for barn under 18 år – begge foreldrene når de har felles foreldreansvar.',
  'avklaring.advice.consentFrom15':
    'Foresatte samtykker for barn under 18 år (begge ved felles foreldreansvar). Fra fylte 15 år skriver ungdommen under på samtykket sammen med foreldrene, når hen forstår hva det betyr.',
  'avklaring.advice.consentAdult':
    'Ungdommen er over 18 år og samtykker selv, med mindre en verge er oppnevnt for nettopp dette. Ungdommen bestemmer også selv hvem som skal involveres, også om foreldrene skal være med.',
  'avklaring.advice.reminderFamilyNotPresent':
    'Barnet og familien skal ikke være til stede når tjenestene diskuterer hvem som skal ha rollen.',
  'avklaring.advice.reminderDoubleRole':
    'Rollen kommer i tillegg til egen jobb i tjenesten: ingen er med i saken bare for å koordinere.',
  'avklaring.advice.ageOkUnder1':
    'Barnet er under 1 år, innenfor BTI (0–23 år).',
  'avklaring.advice.ageOk':
    'Barnet er {years} år, innenfor BTI (0–23 år).',
  'avklaring.advice.ageTooHigh':
    'BTI gjelder barn og unge fra 0 til og med 23 år. For en person på {years} år gir verktøyet ingen råd om koordinator.',
  'avklaring.advice.planTypeBkTverrfaglig':
    '{name} i Samspill, med barnekoordinatoren som ansvarlig. Samspill kan også brukes om familien bare vil ha barnekoordinator og ikke selve planen.',
  'avklaring.advice.statutoryMet':
    'Vilkårene for individuell plan og koordinator ser ut til å være oppfylt: {conditions}',
  'avklaring.advice.stepSelf':
    'Peker tabellen på din tjeneste, tar dere rollen som {role}: opprett {plan} i {tool}, sett mål sammen med barnet og familien, og inviter de andre tjenestene til samarbeidsmøte.',
  'avklaring.advice.stepAlsoBk':
    'Familien har også rett til barnekoordinator. {how}',
  'avklaring.advice.stepNobodyWants':
    'Ingen av tjenestene vil eller kan ta rollen, så det er ikke noe å bli enige om i et møte. Gå rett til neste steg: {wayOut}',
  'avklaring.advice.stepProposeTwo':
    'Dere er to tjenester. Snakk med fagpersonen i den andre tjenesten og bli enige om et forslag til {unit} om hvem som bør ha rollen, ut fra tabellen.',
  'avklaring.advice.stepProposeMany':
    'Flere enn to tjenester er inne. Samle fagpersonene i et avklaringsmøte (gjerne på Teams) og bli enige om et forslag til {unit} om hvem som bør ha rollen, ut fra tabellen.',
  'avklaring.advice.stepUnitDecides':
    'Søk om koordinator/individuell plan hos {unit}. {decision}',
  // The advice as plain text (the CLI): src/present/advicePlain.ts.
  'avklaring.plain.title': 'Hvem bør koordinere?',
  'avklaring.plain.age': 'Alder',
  'avklaring.plain.noAdvice': 'Ingen råd gitt.',
  'avklaring.plain.planNeeded': 'Trengs en plan?',
  'avklaring.plain.yes': 'Ja',
  'avklaring.plain.no': 'Nei',
  'avklaring.plain.planType': 'Plantype',
  'avklaring.plain.roleIs': 'rollen heter',
  'avklaring.plain.role': 'rolle',
  'avklaring.plain.decidedBy': 'Hvem bestemmer',
  'avklaring.plain.bk': 'Rett til barnekoordinator?',
  'avklaring.plain.bkHolder': 'Hvem har rollen her',
  'avklaring.plain.bkHow': 'Slik får familien barnekoordinator',
  'avklaring.plain.candidates': 'Tjenestene (mest naturlig først)',
  'avklaring.plain.suggestion': 'Forslag',
  'avklaring.plain.noSuggestion': 'Tabellen peker ikke klart på én tjeneste. Bli enige ut fra hvem som er tettest på barnet.',
  'avklaring.plain.process': 'Slik går dere fram',
  'avklaring.plain.services': 'tjenester',
  'avklaring.plain.service': 'tjeneste',
  'avklaring.plain.noAgreement': 'Blir dere ikke enige',
  'avklaring.plain.change': 'Ved bytte av koordinator',
  'avklaring.plain.reminders': 'Husk',
  'avklaring.plain.note': 'Merk',
  'avklaring.plain.process.no-services': 'ingen tjenester ennå',
  'avklaring.plain.process.single-service': 'én tjeneste',
  'avklaring.plain.process.barnekoordinator': 'barnekoordinator',
  'avklaring.plain.process.nobody-wants': 'ingen vil ta rollen',
  'avklaring.plain.process.no-plan': 'ingen plan nå',
  'avklaring.plain.process.keep-existing': 'det finnes en koordinator',
  'avklaring.plain.process.agree-directly': 'bli enige direkte',
  'avklaring.plain.process.avklaringsmote': 'avklaringsmøte',
  // The form's questions (src/domain/avklaring/form.ts).
  'avklaring.question.profileId': 'Kommune',
  'avklaring.question.unborn': 'Barnet er ikke født ennå',
  'avklaring.question.ageYears': 'Barnets alder (hele år)',
  'avklaring.question.ageYearsHelp': 'Ikke navn eller fødselsnummer – bare alder.',
  'avklaring.question.services': 'Hvilke tjenester er inne i dag?',
  'avklaring.question.consentInPlace': 'Er det samtykke til å kontakte de andre tjenestene?',
  'avklaring.question.existingCoordinator': 'Har barnet allerede en koordinator?',
  // Validation messages of the case input (the form's second line of defence and the command line, npm run advise).
  'avklaring.input.missing': 'mangler',
  'avklaring.input.unknownService': 'ukjent tjeneste {service} for profilen {profile}; gyldige er: {valid}',
  'avklaring.input.duplicateService': 'tjenesten {service} er med to ganger',
  'avklaring.input.notApplicable': 'gjelder ikke for {service}; denne tjenesten har: {facts}',
  'avklaring.input.ageWithUnborn': 'skal stå tomt når barnet ikke er født ennå',
  'avklaring.input.ageMissing': 'mangler: oppgi alder i hele år, eller sett unborn til true hvis barnet ikke er født',
  'avklaring.input.noServices': 'må ha minst 1 tjeneste (ingen tjenester går bare når barnet ikke er født ennå: unborn true)',
  'avklaring.input.wrongType': 'skal være {expected}, ikke {received}',
  'avklaring.input.badChoice': 'ugyldig verdi {value}; bruk en av: {options}',
  'avklaring.input.privateField': 'ukjent felt {keys}. Skjemaet tar aldri imot barnets navn, fødselsnummer eller fritekst om barnet – fjern feltet.',
  'avklaring.input.unknownField': 'ukjent felt {keys}',
  'avklaring.input.tooFewItems': 'må ha minst {n}',
  'avklaring.input.tooSmall': 'må være minst {n}',
  'avklaring.input.tooManyItems': 'kan ha høyst {n}',
  'avklaring.input.tooBig': 'kan være høyst {n}',
  'avklaring.input.invalid': 'ugyldig verdi ({detail})',
  // A value typed by a user that is not echoed (it may be a name or an identity number); the same in both languages.
  'avklaring.input.valueHidden': '(verdien vises ikke / value not shown)',
  // The value types a validation message names ({expected}, {received}).
  'avklaring.input.type.boolean': 'true eller false',
  'avklaring.input.type.number': 'et tall',
  'avklaring.input.type.integer': 'et heltall',
  'avklaring.input.type.string': 'tekst',
  'avklaring.input.type.array': 'en liste',
  'avklaring.input.type.object': 'et objekt',
  'avklaring.input.type.null': 'null',
} as const;
