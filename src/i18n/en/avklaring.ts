import type { TextsOf } from '../types';
import type { avklaring as nb } from '../nb/avklaring';

/** English texts for "who should coordinate?" (avklaring) in Teams. */
export const avklaring: TextsOf<typeof nb> = {
  /** A plain date on the cards. */
  'avklaring.date': '{y}-{m}-{d}',
  'avklaring.form.title': 'Who should coordinate?',
  'avklaring.form.intro': 'Answer a few short questions and you get a suggestion for the plan, the plan type and who should hold the coordinating role. Only choices and tick boxes – no names or details about the child.',
  'avklaring.form.prefilled': 'I have filled in what your message says about the age and the services. Check that it is right and correct what is not.',
  'avklaring.form.case': 'Which case is it about?',
  'avklaring.form.newCase': 'New case (I make a new case number)',
  'avklaring.form.caseSection': 'About the case',
  'avklaring.form.serviceSection': 'About the services involved',
  'avklaring.form.submit': 'Show suggestion',
  'avklaring.form.privacy': "Never write the child's name, national ID number or health details in Teams.",
  'avklaring.form.personalNumber':
    'There seems to be a national ID number (11 digits) in the form. I never accept one. Nothing was stored – remove the number and try again.',
  'avklaring.form.unknownCase': "I can't find that case here, or you are not a member of it. Choose another case or make a new one.",
  'avklaring.form.ageRejected': "I can't give advice for this age: {message}\n\nNothing was stored.",
  'avklaring.form.step1': 'Step 1 of 2: age and services',
  'avklaring.form.step2': 'Step 2 of 2: follow-up and the case',
  'avklaring.form.next': 'Next',
  'avklaring.form.back': 'Back',
  'avklaring.form.summaryAge': 'Age: {age}',
  'avklaring.form.summaryUnborn': 'The child is not born yet',
  'avklaring.form.summaryUnder1': 'under 1 year',
  'avklaring.form.summaryYears': '{years}',
  'avklaring.form.summaryServices': 'Services: {services}',
  'avklaring.form.summaryNoServices': 'No services yet',
  'avklaring.form.noDetails': 'None of the services you ticked has follow-up questions of its own.',
  'avklaring.form.consentWho': 'Who consents: {who}',
  'avklaring.form.errorsTitle': 'Please fix this before you go on. Nothing was stored:',
  'avklaring.form.errorLine': '“{label}”: {message}',
  'avklaring.form.err.chooseOne': 'Choose an answer.',
  'avklaring.form.err.invalidChoice': 'Choose one of the answers in the list.',
  'avklaring.form.err.ageMissing': 'Give the age in whole years, or tick “{unborn}”.',
  'avklaring.form.err.ageWithUnborn': 'Leave the age empty when the child is not born yet.',
  'avklaring.form.err.ageNumber': 'Give the age as a whole number, for example 6.',
  'avklaring.form.err.ageNegative': 'The age cannot be below 0. If the family is expecting the child, tick “{unborn}”.',
  'avklaring.form.err.ageTooHigh': 'BTI covers children and young people aged 0 to 23, so the tool gives no advice for age {years}.',
  'avklaring.form.err.ageRange': 'Give an age from 0 to 23, in whole years.',
  'avklaring.form.err.noServices': 'Tick at least one service. If the family is expecting a child and no services are involved yet, tick “{unborn}” – then none is fine.',
  'avklaring.form.err.tooManyServices': 'Tick at most {max} services.',
  'avklaring.form.err.unknownService': 'I do not recognise one of the services. Tick the services again.',
  'avklaring.form.err.notApplicable': 'The answer does not fit this service. Choose again.',
  'avklaring.form.err.other': 'The answer could not be read. Choose again.',
  'avklaring.form.err.unreadable': 'Something in the form could not be read. Start again with “who should coordinate?”.',
  'avklaring.rec.whoCoordinates': 'Who should coordinate?',
  'avklaring.rec.whoBk': 'A child coordinator',
  'avklaring.rec.whoExisting': 'The current coordinator, until someone else takes over',
  'avklaring.rec.whoUnclear': 'Not clear from the table – see “Show more”',
  'avklaring.rec.bkHow': 'How the family gets a child coordinator',
  'avklaring.rec.next': 'Next step',
  'avklaring.rec.consent': 'Consent',
  'avklaring.rec.why': 'Why',
  'avklaring.rec.roleHere': 'role: {role}',
  'avklaring.rec.sources': 'Sources',
  'avklaring.rec.more': 'Show more',
  'avklaring.rec.less': 'Show less',
  'avklaring.rec.startHintNobody': 'Nobody will take the role: start the meeting with the professionals and choose “No agreement” straight away to go to rotation or a leader.',

  'avklaring.rec.title': 'Suggestion: who should coordinate?',
  'avklaring.rec.case': 'Case',
  'avklaring.rec.municipality': 'Municipality',
  'avklaring.rec.planNeeded': 'Is a plan needed?',
  'avklaring.rec.planType': 'Plan type',
  'avklaring.rec.role': 'The role is called',
  'avklaring.rec.decidedBy': 'Who decides',
  'avklaring.rec.bk': 'Right to a child coordinator?',
  'avklaring.rec.bkHolder': 'Who holds the role here',
  'avklaring.rec.candidates': 'The services, most natural first',
  'avklaring.rec.suggestion': 'Suggestion',
  'avklaring.rec.noSuggestion': 'The table does not clearly point to one service. Agree based on who is closest to the child.',
  'avklaring.rec.process': 'How to proceed',
  'avklaring.rec.ifNoAgreement': 'If you cannot agree',
  'avklaring.rec.change': 'When the coordinator changes',
  'avklaring.rec.reminders': 'Remember',
  'avklaring.rec.note': 'Note',
  'avklaring.rec.yes': 'Yes',
  'avklaring.rec.no': 'No',
  'avklaring.rec.startTitle': 'Clarification meeting in this chat',
  'avklaring.rec.startHint': 'Choose the professionals taking part. You get one shared card where each of you can propose, agree, or say you cannot take the role.',
  'avklaring.rec.participants': 'Participants',
  'avklaring.rec.start': 'Start clarification meeting',
  'avklaring.rec.started': 'The clarification meeting has started – see the shared card in the conversation.',
  'avklaring.rec.startNotPosted':
    'The clarification meeting has started, but the shared card has not appeared in the conversation yet – something did not answer when I tried. I will try again by myself, so there is no need to start again.',
  'avklaring.rec.startPosting': 'The clarification meeting has started and the shared card is on its way. It will appear in the conversation shortly.',
  'avklaring.unfinished':
    'The choice is saved, but I have not finished everything that goes with it yet (such as recording the coordinator on the case or sending the message) – something did not answer when I tried. I will finish it by myself, so there is no need to press again.',
  'avklaring.rec.tooFewParticipants':
    'A clarification meeting needs at least two professionals. Choose at least one more (you are included automatically). Nothing was changed.',
  'avklaring.rec.tooManyParticipants': 'Choose at most {max} participants. Nothing was changed.',
  'avklaring.rec.needsTwo':
    'A clarification meeting needs at least two professionals, and you are the only one here. Write "who should coordinate?" in the group chat or channel where the other professionals are, and start the meeting there. You can use the suggestion above as it is.',
  'avklaring.verdict.natural': 'natural',
  'avklaring.verdict.neutral': 'the table gives no answer',
  'avklaring.verdict.not-natural': 'not natural',

  'avklaring.meeting.title': 'Clarification meeting: who should coordinate?',
  'avklaring.meeting.intro': 'Only participants can press. The child and family are not present in this discussion.',
  'avklaring.meeting.suggested': 'The tool suggests',
  'avklaring.meeting.proposals': 'Proposals',
  'avklaring.meeting.noProposals': 'No proposals yet. Propose a service below.',
  'avklaring.meeting.agreeCount': '{count} of {total} agree',
  'avklaring.meeting.agreedBy': 'Agree: {names}',
  'avklaring.meeting.agree': 'Agree',
  'avklaring.meeting.positions': 'Participants',
  'avklaring.meeting.pos.agrees': 'agrees with {proposal}',
  'avklaring.meeting.pos.cannot': 'cannot take the role',
  'avklaring.meeting.pos.none': 'has not answered yet',
  'avklaring.meeting.proposeTitle': 'Propose a coordinator',
  'avklaring.meeting.proposeService': 'Service',
  'avklaring.meeting.proposePerson': 'Person (optional)',
  'avklaring.meeting.propose': 'Propose',
  'avklaring.meeting.cannot': 'I cannot take the role',
  'avklaring.meeting.convener': 'For the person who called the meeting',
  'avklaring.meeting.majority': 'Confirm the majority choice',
  'avklaring.meeting.noAgreement': 'No agreement',
  'avklaring.meeting.noAgreementUnit': 'No agreement – the case goes to {unit}',
  'avklaring.meeting.unitNote':
    'Here {unitFull} decides which service gets the coordinating role, and the leader of that service appoints the coordinator. What you agree on is a proposal to {unit}.',
  'avklaring.meeting.majorityFound': 'Majority: {count} of {total} agree with {proposal}. The convener can confirm it.',
  'avklaring.meeting.majorityHint': 'No proposal has a majority yet. A majority means at least {needed} of {total} agree with the same proposal.',
  'avklaring.meeting.footer': 'Everyone taking part sees this same card, and it updates for all when someone answers.',
  'avklaring.decision.footer': 'This is saved on the case.',
  'avklaring.meeting.proposalLabel': '{service}',
  'avklaring.meeting.proposalWithPerson': '{service} ({person})',
  'avklaring.meeting.notOpen': 'The clarification meeting has ended. Here is the outcome.',
  'avklaring.meeting.onlyConvener': 'Only the person who started the clarification meeting can do this. Nothing was changed.',
  'avklaring.meeting.noMajority':
    'No proposal has a majority yet: at least {needed} of {total} participants must agree with the same proposal before it can be confirmed. Nothing was changed.',
  'avklaring.meeting.stale': 'Your card was out of date, so nothing was changed. Here is the current card.',
  'avklaring.meeting.badInput': 'Choose one of the services in the case (and optionally one of the participants). Nothing was changed.',
  'avklaring.meeting.unknownProposal': 'That proposal no longer exists. Nothing was changed.',

  'avklaring.decision.title': 'A coordinator has been chosen',
  'avklaring.decision.service': 'Service',
  'avklaring.decision.person': 'Person',
  'avklaring.decision.how': 'Decided by',
  'avklaring.decision.agreement': 'agreement among all participants',
  'avklaring.decision.majority': 'majority choice, confirmed by the person who called the meeting',
  'avklaring.decision.agreedBy': 'Agreed',
  'avklaring.decision.next':
    'Next step: the chosen service creates the plan, sets goals together with the child and family and invites to a cooperation meeting. The role lasts until someone else has taken it over.',
  'avklaring.decision.personNotSet': 'not chosen yet – the service names a person',
  'avklaring.decision.proposalTitle': 'Proposal to {unit}: {service}',
  'avklaring.decision.personByLeader': 'appointed by the leader of the service',
  'avklaring.decision.proposalNext':
    'This is a proposal, not a decision. Send it to {unitFull} with the application for an individual plan and a coordinator. {unit} decides which service gets the role, and the leader of that service appoints the coordinator.',

  'avklaring.referral.title': 'The case goes to {unit}',
  'avklaring.referral.intro':
    'You did not agree. {unitFull} decides which service gets the coordinating role, and the leader of that service appoints the coordinator. Bring the proposals from the meeting when you contact {unit}:',
  'avklaring.referral.row': '{proposal}: {count} of {total} agree',
  'avklaring.referral.noProposals': 'No proposals were made in the meeting.',

  'avklaring.noagree.title': 'No agreement – what now?',
  'avklaring.noagree.intro': 'Choose either a rotation between the services or sending the case to a leader who decides.',
  'avklaring.noagree.rotationTitle': 'Rotation',
  'avklaring.noagree.rotationHint': 'Choose the order. The first holds the role from the start date, then it passes on after each period.',
  'avklaring.noagree.personsLater': 'There are too many participants to pick a person for each position here. The service holding the role names who takes it at the handover.',
  'avklaring.noagree.position': 'Number {n} in the order',
  'avklaring.noagree.positionPerson': 'Person for number {n} (optional)',
  'avklaring.noagree.skip': '– not in the rotation –',
  'avklaring.noagree.period': 'Period in months',
  'avklaring.noagree.start': 'Start date',
  'avklaring.noagree.chooseRotation': 'Use rotation',
  'avklaring.noagree.escalationTitle': 'Send to a leader',
  'avklaring.noagree.escalationHint': 'Choose the leader who will decide. I mention them in the conversation.',
  'avklaring.noagree.leader': 'Leader',
  'avklaring.noagree.chooseEscalation': 'Send to leader',
  'avklaring.noagree.back': 'Back to the meeting card',
  'avklaring.noagree.badRotation':
    'The rotation needs at least two different services from the case, a period of 1–60 months and a valid start date. Nothing was changed.',
  'avklaring.noagree.badLeader': 'Choose a leader from the conversation. Nothing was changed.',
  'avklaring.noagree.unitIntro': 'Here {unitFull} decides which service coordinates. If you do not agree, the question goes there.',
  'avklaring.noagree.referTitle': 'Send the case to {unit}',
  'avklaring.noagree.referHint':
    'The meeting ends, and the card shows the proposals and how many agreed with each. I do not send anything myself – bring it when you contact {unit}.',
  'avklaring.noagree.chooseRefer': 'End – the case goes to {unit}',
  'avklaring.noagree.unitDecides':
    'In this case {unit} decides which service coordinates, so rotation or a leader are not options here. Use "End – the case goes to {unit}". Nothing was changed.',
  'avklaring.noagree.noUnit': 'In this case the services decide themselves. Choose rotation or a leader. Nothing was changed.',

  'avklaring.rotation.title': 'Rotation of the coordinating role',
  'avklaring.rotation.intro': 'The services did not agree, so the role rotates. Each period is {months} months.',
  'avklaring.rotation.row': '{from} – {to}: {holder}',
  'avklaring.rotation.reminder': 'I will remind the next in line when a handover is due.',
  'avklaring.rotation.cycle': 'After the last one the order starts again, until the case is closed or you agree otherwise.',
  'avklaring.rotation.handover':
    'Handover in case {caseRef}: {holder} now takes over the coordinating role (until {to}). Remember to hand over the plan and tell the family.',

  'avklaring.escalation.title': 'The case has been sent to a leader',
  'avklaring.escalation.intro': 'The services did not agree. {leader} decides who will coordinate.',
  'avklaring.escalation.message':
    '{leader}: the services in case {caseRef} did not agree on who should coordinate. Could you decide? The suggestion from the tool and the meeting is in the card above.',
  // The advice's own texts (src/domain/avklaring/texts.ts): the same in every municipality.
  'avklaring.advice.ageUnborn':
    'The child is not born yet. Cooperation and a child coordinator can start before birth.',
  'avklaring.advice.ageNegative':
    'The age cannot be below 0. If the child is not born yet, choose “not born yet” (unborn).',
  'avklaring.advice.planNoServices':
    'No services are involved yet, so there is no cooperation to plan for now. If the family needs help, help them get in touch with the right service – with consent.',
  'avklaring.advice.planBarnekoordinator':
    'The family has a right to a child coordinator. The child coordinator has the same tasks as a coordinator – including making the plan with the family – and brings the services together as they join, even if only one or no service is involved now.',
  'avklaring.advice.planTypeBkIp':
    'The child coordinator is responsible for the individual plan if the family wants one. An individual plan builds on consent.',
  'avklaring.advice.planSingleService':
    'Only one service is involved. A cross-disciplinary plan is for when several services must work together over time. If the child needs help from others, help the family get in touch – with consent.',
  'avklaring.advice.planIupIop':
    'Only the kindergarten/school and PPT work together. Then the cooperation can happen in the IUP (kindergarten) or IOP (school) if the child has one, without a separate cross-disciplinary plan.',
  'avklaring.advice.planNoCooperation':
    'The services do not need to work together over time, so no plan is needed now. Look at it again if needs change.',
  'avklaring.advice.planNeeded':
    'Several services are involved and must work together over time. Then the child should have a plan for the cross-disciplinary cooperation.',
  'avklaring.advice.planTypeIupIop':
    'IUP/IOP (individual development/education plan)',
  'avklaring.advice.planTypeNone':
    'No plan for now',
  'avklaring.advice.planTypeNoneReason':
    'No cross-disciplinary plan is needed from the answers given.',
  'avklaring.advice.statutoryTooFewServices':
    'From the answers, the conditions for an individual plan and coordinator are not met. They take lasting help from at least two municipal health and care services, child welfare or NAV. A couple of check-ups a year, what every child gets from the health nurse, a child welfare investigation or the GP’s medical follow-up do not count here. Then a relay log is used.',
  // Why the statutory plan was not found, then what the municipality's base plan is.
  'avklaring.advice.statutoryNotMet': '{why} {description}',
  'avklaring.advice.statutoryNoNeedAmongThemselves':
    'From the answers, the conditions for an individual plan and coordinator are not met: it is not stated that the support services must meet to settle their efforts among themselves, beyond what the kindergarten/school needs. Cooperation with the kindergarten/school does not on its own give a right to an individual plan. Then a relay log is used.',
  'avklaring.advice.bkRight':
    'The child has a serious illness, injury or disability and needs long-term, coordinated services. Then the family has a right to a child coordinator – from before birth until the child turns 18.',
  'avklaring.advice.bkRightUnborn':
    'The family is expecting a child with a serious illness, injury or disability who will need long-term, coordinated services. Then the family has a right to a child coordinator, who can be appointed before birth and stay until the child turns 18.',
  'avklaring.advice.bkTooOld':
    'The right to a child coordinator lasts until the child turns 18. A coordinator and plan may still be relevant.',
  'avklaring.advice.bkNotSerious':
    'The right to a child coordinator applies when the child has a serious illness, injury or disability, which is not the case here.',
  'avklaring.advice.stepSingleService':
    'Only one service is involved. It follows up within its own service, and no one needs the coordinating role now. If more services join, look at it again.',
  'avklaring.advice.stepNoPlan':
    'No cross-disciplinary plan is needed now, and so no coordinating role. Look again if needs change.',
  'avklaring.advice.stepNoServices':
    'No services are involved yet, so no one needs the coordinating role now. Look at it again when services join.',
  'avklaring.advice.stepAgreeDirectly':
    'There are two services. Contact the professional in the other service and agree which of you takes the role.',
  'avklaring.advice.stepAvklaringsmote':
    'More than two services are involved. Invite the professionals to a clarification meeting (Teams is fine), share this tool beforehand, and agree in the meeting who takes the role.',
  'avklaring.advice.stepKeepExisting':
    'There is already a coordinator. They keep the role until someone else has taken it over.',
  'avklaring.advice.reminderConsent':
    'Get consent before you contact other services about the child.',
  'avklaring.advice.consentParents':
    'Parents consent for children under 18 – both parents when they share parental responsibility.',
  'avklaring.advice.consentFrom15':
    'Parents consent for children under 18 (both when they share parental responsibility). From 15, the young person signs the consent together with the parents, when they understand what it means.',
  'avklaring.advice.consentAdult':
    'The young person is over 18 and consents for themselves, unless a guardian has been appointed for exactly this. They also decide who is involved, including whether the parents take part.',
  'avklaring.advice.reminderFamilyNotPresent':
    'The child and family should not be present when the services discuss who takes the role.',
  'avklaring.advice.reminderDoubleRole':
    'The role comes on top of the person’s own job in the service: no one is in the case only to coordinate.',
  'avklaring.advice.ageOkUnder1':
    'The child is under 1 year old, within BTI (ages 0–23).',
  'avklaring.advice.ageOk':
    'The child is {years}, within BTI (ages 0–23).',
  'avklaring.advice.ageTooHigh':
    'BTI covers children and young people aged 0 to 23. For a person aged {years} the tool gives no advice on a coordinator.',
  'avklaring.advice.planTypeBkTverrfaglig':
    '{name} in Samspill, with the child coordinator in charge. Samspill can also be used if the family only wants the child coordinator and not the plan itself.',
  'avklaring.advice.statutoryMet':
    'The conditions for an individual plan and coordinator seem to be met: {conditions}',
  'avklaring.advice.stepSelf':
    'If the table points to your service, you take the role of {role}: create the {plan} in {tool}, set goals together with the child and family, and invite the other services to a cooperation meeting.',
  'avklaring.advice.stepAlsoBk':
    'The family also has a right to a child coordinator. {how}',
  'avklaring.advice.stepNobodyWants':
    'None of the services will or can take the role, so there is nothing to agree on in a meeting. Go straight to the next step: {wayOut}',
  'avklaring.advice.stepProposeTwo':
    'There are two services. Talk with the professional in the other service and agree on a proposal to {unit} about who should hold the role, based on the table.',
  'avklaring.advice.stepProposeMany':
    'More than two services are involved. Gather the professionals in a clarification meeting (Teams is fine) and agree on a proposal to {unit} about who should hold the role, based on the table.',
  'avklaring.advice.stepUnitDecides':
    'Apply for a coordinator/individual plan to {unit}. {decision}',
  // The advice as plain text (the CLI): src/present/advicePlain.ts.
  'avklaring.plain.title': 'Who should coordinate?',
  'avklaring.plain.age': 'Age',
  'avklaring.plain.noAdvice': 'No advice given.',
  'avklaring.plain.planNeeded': 'Is a plan needed?',
  'avklaring.plain.yes': 'Yes',
  'avklaring.plain.no': 'No',
  'avklaring.plain.planType': 'Plan type',
  'avklaring.plain.roleIs': 'the role is',
  'avklaring.plain.role': 'role',
  'avklaring.plain.decidedBy': 'Who decides',
  'avklaring.plain.bk': 'Right to a child coordinator?',
  'avklaring.plain.bkHolder': 'Who holds the role here',
  'avklaring.plain.bkHow': 'How the family gets a child coordinator',
  'avklaring.plain.candidates': 'The services (most natural first)',
  'avklaring.plain.suggestion': 'Suggestion',
  'avklaring.plain.noSuggestion': 'The table does not clearly point to one service. Agree based on who is closest to the child.',
  'avklaring.plain.process': 'How to proceed',
  'avklaring.plain.services': 'services',
  'avklaring.plain.service': 'service',
  'avklaring.plain.noAgreement': 'If you cannot agree',
  'avklaring.plain.change': 'When the coordinator changes',
  'avklaring.plain.reminders': 'Remember',
  'avklaring.plain.note': 'Note',
  'avklaring.plain.process.no-services': 'no services yet',
  'avklaring.plain.process.single-service': 'one service',
  'avklaring.plain.process.barnekoordinator': 'child coordinator',
  'avklaring.plain.process.nobody-wants': 'nobody will take the role',
  'avklaring.plain.process.no-plan': 'no plan for now',
  'avklaring.plain.process.keep-existing': 'there is a coordinator',
  'avklaring.plain.process.agree-directly': 'agree directly',
  'avklaring.plain.process.avklaringsmote': 'clarification meeting',
  // The form's questions (src/domain/avklaring/form.ts).
  'avklaring.question.profileId': 'Municipality',
  'avklaring.question.unborn': 'The child is not born yet',
  'avklaring.question.ageYears': 'The child’s age (whole years)',
  'avklaring.question.ageYearsHelp': 'No name or national ID number – only the age.',
  'avklaring.question.services': 'Which services are involved today?',
  'avklaring.question.consentInPlace': 'Is there consent to contact the other services?',
  'avklaring.question.existingCoordinator': 'Does the child already have a coordinator?',
  // Validation messages of the case input (the form's second line of defence and the command line, npm run advise).
  'avklaring.input.missing': 'is missing',
  'avklaring.input.unknownService': 'unknown service {service} for profile {profile}; valid ones are: {valid}',
  'avklaring.input.duplicateService': 'service {service} is listed twice',
  'avklaring.input.notApplicable': 'does not apply to {service}; this service takes: {facts}',
  'avklaring.input.ageWithUnborn': 'must be empty when the child is not born yet',
  'avklaring.input.ageMissing': 'missing: give the age in whole years, or set unborn to true if the child is not born yet',
  'avklaring.input.noServices': 'needs at least 1 service (none only when the child is not born yet: unborn true)',
  'avklaring.input.wrongType': 'must be {expected}, not {received}',
  'avklaring.input.badChoice': 'invalid value {value}; use one of: {options}',
  'avklaring.input.privateField': "unknown field {keys}. The form never takes the child's name, national ID number or free text about the child – remove the field.",
  'avklaring.input.unknownField': 'unknown field {keys}',
  'avklaring.input.tooFewItems': 'needs at least {n}',
  'avklaring.input.tooSmall': 'must be at least {n}',
  'avklaring.input.tooManyItems': 'can have at most {n}',
  'avklaring.input.tooBig': 'must be at most {n}',
  'avklaring.input.invalid': 'invalid value ({detail})',
  // A value typed by a user that is not echoed (it may be a name or an identity number); the same in both languages.
  'avklaring.input.valueHidden': '(verdien vises ikke / value not shown)',
  // The value types a validation message names ({expected}, {received}).
  'avklaring.input.type.boolean': 'boolean',
  'avklaring.input.type.number': 'number',
  'avklaring.input.type.integer': 'integer',
  'avklaring.input.type.string': 'string',
  'avklaring.input.type.array': 'array',
  'avklaring.input.type.object': 'object',
  'avklaring.input.type.null': 'null',
};
