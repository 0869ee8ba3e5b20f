"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MEETING_TYPE_INFO = exports.MEETING_TYPES = exports.CASE_REF_PATTERN = exports.source = void 0;
const sources_1 = require("../sources");
exports.source = sources_1.cite;
/** Pseudonymous case reference, the same shape the case repository hands out (BTI-2026-0042). */
exports.CASE_REF_PATTERN = /^BTI-\d{4}-\d{4}$/;
exports.MEETING_TYPES = ['samarbeidsmote', 'ansvarsgruppemote', 'arbeidsmote', 'avklaringsmote'];
exports.MEETING_TYPE_INFO = {
    samarbeidsmote: {
        label: { nb: 'Samarbeidsmøte', en: 'Cooperation meeting (samarbeidsmøte)' },
        description: {
            nb: 'Alle tjenestene som er med, sammen med barnet eller ungdommen og foresatte. Koordinator kaller inn og leder.',
            en: 'All the services involved, together with the child or young person and the parents. The coordinator calls and chairs it.',
        },
        staffOnly: false,
        coordinationMeeting: true,
        source: (0, exports.source)('002', 'Tverrfaglige møter rundt enkeltbarn', 'Cross-disciplinary meetings about one child'),
    },
    ansvarsgruppemote: {
        label: { nb: 'Ansvarsgruppemøte', en: 'Responsibility group meeting (ansvarsgruppemøte)' },
        description: {
            nb: 'Et fast møte i ansvarsgruppa rundt barnet, der familien møter alle tjenestene på én gang.',
            en: 'A regular meeting of the group around the child, where the family meets all the services at once.',
        },
        staffOnly: false,
        coordinationMeeting: true,
        source: (0, exports.source)('003', '9. Møte/møteledelse', '9. Meetings and chairing them'),
    },
    arbeidsmote: {
        label: { nb: 'Arbeidsmøte', en: 'Working meeting (arbeidsmøte)' },
        description: {
            nb: 'Et mindre møte med noen av deltakerne, for eksempel skolen, foresatte og PPT. Én av tjenestene kaller inn.',
            en: 'A smaller meeting with some of the participants, for example the school, the parents and PPT. One of the services calls it.',
        },
        staffOnly: false,
        coordinationMeeting: false,
        source: (0, exports.source)('003', '9. Møte/møteledelse', '9. Meetings and chairing them'),
    },
    avklaringsmote: {
        label: { nb: 'Avklaringsmøte', en: 'Clarification meeting (avklaringsmøte)' },
        description: {
            nb: 'Bare fagfolk: dere blir enige om hvem som skal koordinere videre. Barnet og familien er ikke med her. Teams går fint.',
            en: 'Professionals only: you agree who coordinates from now on. The child and the family do not take part. Teams is fine.',
        },
        staffOnly: true,
        coordinationMeeting: false,
        source: (0, exports.source)('004', 'Når du ikke skal koordinere selv (avklaringsmøte)', 'When you will not coordinate yourself (clarification meeting)'),
    },
};
//# sourceMappingURL=types.js.map