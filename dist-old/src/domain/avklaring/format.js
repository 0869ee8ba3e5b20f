"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatAdvice = formatAdvice;
const L = {
    title: { nb: 'Hvem bør koordinere?', en: 'Who should coordinate?' },
    age: { nb: 'Alder', en: 'Age' },
    noAdvice: { nb: 'Ingen råd gitt.', en: 'No advice given.' },
    planNeeded: { nb: 'Trengs en plan?', en: 'Is a plan needed?' },
    yes: { nb: 'Ja', en: 'Yes' },
    no: { nb: 'Nei', en: 'No' },
    planType: { nb: 'Plantype', en: 'Plan type' },
    roleIs: { nb: 'rollen heter', en: 'the role is' },
    role: { nb: 'rolle', en: 'role' },
    decidedBy: { nb: 'Hvem bestemmer', en: 'Who decides' },
    bk: { nb: 'Rett til barnekoordinator?', en: 'Right to a child coordinator?' },
    bkHolder: { nb: 'Hvem har rollen her', en: 'Who holds the role here' },
    bkHow: { nb: 'Slik får familien barnekoordinator', en: 'How the family gets a child coordinator' },
    candidates: { nb: 'Tjenestene (mest naturlig først)', en: 'The services (most natural first)' },
    suggestion: { nb: 'Forslag', en: 'Suggestion' },
    noSuggestion: {
        nb: 'Tabellen peker ikke klart på én tjeneste. Bli enige ut fra hvem som er tettest på barnet.',
        en: 'The table does not clearly point to one service. Agree based on who is closest to the child.',
    },
    process: { nb: 'Slik går dere fram', en: 'How to proceed' },
    services: { nb: 'tjenester', en: 'services' },
    service: { nb: 'tjeneste', en: 'service' },
    noAgreement: { nb: 'Blir dere ikke enige', en: 'If you cannot agree' },
    change: { nb: 'Ved bytte av koordinator', en: 'When the coordinator changes' },
    reminders: { nb: 'Husk', en: 'Remember' },
    note: { nb: 'Merk', en: 'Note' },
};
const VERDICT = {
    natural: { nb: 'naturlig', en: 'natural' },
    neutral: { nb: 'tabellen gir ikke svar', en: 'the table gives no answer' },
    'not-natural': { nb: 'ikke naturlig', en: 'not natural' },
};
const PROCESS = {
    'no-services': { nb: 'ingen tjenester ennå', en: 'no services yet' },
    'single-service': { nb: 'én tjeneste', en: 'one service' },
    barnekoordinator: { nb: 'barnekoordinator', en: 'child coordinator' },
    'nobody-wants': { nb: 'ingen vil ta rollen', en: 'nobody will take the role' },
    'no-plan': { nb: 'ingen plan nå', en: 'no plan for now' },
    'keep-existing': { nb: 'det finnes en koordinator', en: 'there is a coordinator' },
    'agree-directly': { nb: 'bli enige direkte', en: 'agree directly' },
    avklaringsmote: { nb: 'avklaringsmøte', en: 'clarification meeting' },
};
function formatAdvice(advice, locale = 'nb') {
    const t = (x) => x[locale];
    const src = (s) => `(${t(s.label)})`;
    const lines = [];
    const push = (...xs) => {
        lines.push(...xs);
    };
    push(`${t(L.title)} – ${t(advice.profile.displayName)}`, '');
    push(`${t(L.age)}: ${t(advice.ageCheck.message)}`, `  ${src(advice.ageCheck.source)}`);
    if (!advice.ok) {
        push('', t(L.noAdvice));
        return lines.join('\n') + '\n';
    }
    const { planNeeded, planType, barnekoordinator: bk, candidates, process, reminders } = advice;
    push('', `${t(L.planNeeded)} ${t(planNeeded.needed ? L.yes : L.no)}`, `  ${t(planNeeded.reason)}`, `  ${src(planNeeded.source)}`);
    const role = planType.roleLabel ? ` – ${t(L.roleIs)} ${t(planType.roleLabel)}` : '';
    push('', `${t(L.planType)}: ${t(planType.name)}${role}`, `  ${t(planType.reason)}`, `  ${src(planType.source)}`);
    if (planType.decidedBy)
        push(`  ${t(L.decidedBy)}: ${t(planType.decidedBy.unit)}`);
    push('', `${t(L.bk)} ${t(bk.right ? L.yes : L.no)}`, `  ${t(bk.reason)}`, `  ${src(bk.source)}`);
    if (bk.right) {
        push(`  ${t(L.bkHolder)}: ${t(bk.holder.text)}`);
        if (bk.holder.note)
            push(`  ${t(bk.holder.note)}`);
        push(`  ${src(bk.holder.source)}`);
        push(`  ${t(L.bkHow)}: ${t(bk.howToGet.text)}`, `  ${src(bk.howToGet.source)}`);
    }
    if (candidates.length)
        push('', `${t(L.candidates)}:`);
    for (const c of candidates) {
        const roleText = c.roleLabel ? ` · ${t(L.role)}: ${t(c.roleLabel)}` : '';
        push(`  ${c.rank}. ${t(c.name)} – ${t(VERDICT[c.verdict])}${roleText}`, `     ${t(c.reason)}`, `     ${src(c.source)}`);
    }
    // A suggestion is only made when the services need a plan among themselves; otherwise no one is named.
    if (planNeeded.code === 'plan') {
        const suggested = candidates.find((c) => c.serviceId === advice.suggestedServiceId);
        push('', `${t(L.suggestion)}: ${suggested ? t(suggested.name) : t(L.noSuggestion)}`);
    }
    const count = `${process.serviceCount} ${t(process.serviceCount === 1 ? L.service : L.services)}`;
    push('', `${t(L.process)} (${count}: ${t(PROCESS[process.kind])}):`);
    process.steps.forEach((s, i) => push(`  ${i + 1}. ${t(s.text)}`, `     ${src(s.source)}`));
    if (process.ifNoAgreement)
        push(`  ${t(L.noAgreement)}: ${t(process.ifNoAgreement.text)}`, `     ${src(process.ifNoAgreement.source)}`);
    if (process.kind === 'agree-directly' || process.kind === 'avklaringsmote' || process.kind === 'nobody-wants') {
        push(`  ${t(L.change)}: ${t(process.changeOfCoordinator.text)}`, `     ${src(process.changeOfCoordinator.source)}`);
    }
    if (reminders.length) {
        push('', `${t(L.reminders)}:`);
        for (const r of reminders)
            push(`  - ${t(r.text)}`, `    ${src(r.source)}`);
    }
    if (advice.profile.tableNote)
        push('', `${t(L.note)}: ${t(advice.profile.tableNote)}`);
    return lines.join('\n') + '\n';
}
//# sourceMappingURL=format.js.map