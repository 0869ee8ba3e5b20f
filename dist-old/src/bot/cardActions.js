"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cardVersionSchema = void 0;
exports.actionData = actionData;
exports.isAutomatic = isAutomatic;
const zod_1 = require("zod");
/** Reading an Action.Execute press: the same for every job's cards. */
/** The data of an Action.Execute press: action.data merged with the card inputs (Teams merges them). */
function actionData(context) {
    const value = context.activity.value;
    const data = value?.action?.data;
    return data && typeof data === 'object' ? data : {};
}
/** True for a card's automatic refresh (Universal Actions), which must never write or update anything. */
function isAutomatic(context) {
    return context.activity.value?.trigger === 'automatic';
}
/** Card action data always arrives as strings; accept numbers too. */
exports.cardVersionSchema = zod_1.z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v), zod_1.z.number().int().min(0));
//# sourceMappingURL=cardActions.js.map