"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReferatRepository = exports.referatDocId = exports.referatDocSchema = void 0;
exports.emptyReferatDoc = emptyReferatDoc;
const zod_1 = require("zod");
const documents_1 = require("./documents");
const meetings_1 = require("../domain/meetings");
/**
 * The referat rotation of one case (`referat:<caseRef>`): the domain's RotationState stored as it is, plus the
 * document fields. Every change goes through updateDoc with the activity id as opId.
 */
exports.referatDocSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('referat'),
    caseRef: zod_1.z.string(),
    version: zod_1.z.literal(1),
    order: zod_1.z.array(zod_1.z.string().min(1).max(200)).max(meetings_1.MAX_ROTATION_MEMBERS),
    history: zod_1.z.array(meetings_1.rotationEntrySchema).max(meetings_1.MAX_ROTATION_HISTORY),
});
const referatDocId = (caseRef) => `referat:${caseRef}`;
exports.referatDocId = referatDocId;
function emptyReferatDoc(owner, caseRef) {
    return { id: (0, exports.referatDocId)(caseRef), pk: owner, type: 'referat', ops: [], caseRef, version: 1, order: [], history: [] };
}
class ReferatRepository {
    store;
    constructor(store) {
        this.store = store;
    }
    get container() {
        return this.store.container('cases');
    }
    get(owner, caseRef) {
        return (0, documents_1.readDoc)(this.container, exports.referatDocSchema, (0, exports.referatDocId)(caseRef), owner);
    }
    /** `mutate` gets the stored rotation, or an empty one for a case without a rotation yet. */
    update(owner, caseRef, mutate, opId) {
        return (0, documents_1.updateDoc)(this.container, exports.referatDocSchema, (0, exports.referatDocId)(caseRef), owner, (current) => mutate(current ?? emptyReferatDoc(owner, caseRef)), { opId });
    }
}
exports.ReferatRepository = ReferatRepository;
//# sourceMappingURL=referat.js.map