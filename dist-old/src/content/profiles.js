"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_PROFILE_ID = exports.profileSchema = exports.PROFILE_IDS = exports.ProfileId = void 0;
exports.getProfile = getProfile;
exports.listProfiles = listProfiles;
const schema_1 = require("./profiles/schema");
Object.defineProperty(exports, "profileSchema", { enumerable: true, get: function () { return schema_1.profileSchema; } });
Object.defineProperty(exports, "ProfileId", { enumerable: true, get: function () { return schema_1.ProfileId; } });
Object.defineProperty(exports, "PROFILE_IDS", { enumerable: true, get: function () { return schema_1.PROFILE_IDS; } });
const tromso_2025_1 = require("./profiles/tromso-2025");
const vestre_toten_1 = require("./profiles/vestre-toten");
exports.DEFAULT_PROFILE_ID = 'tromso-2025';
const RAW = [tromso_2025_1.tromso2025, vestre_toten_1.vestreToten];
const PROFILES = new Map(RAW.map((data) => {
    const parsed = schema_1.profileSchema.safeParse(data);
    if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new Error(`Profile '${String(data.id)}' is invalid at ${first?.path.join('.')}: ${first?.message}`);
    }
    return [parsed.data.id, deepFreeze(parsed.data)];
}));
for (const id of schema_1.PROFILE_IDS) {
    if (!PROFILES.has(id))
        throw new Error(`Profile '${id}' is listed in PROFILE_IDS but has no data file`);
}
/** Throws for an unknown id: callers validate ids with the ProfileId schema first. */
function getProfile(id) {
    const profile = PROFILES.get(id);
    if (!profile)
        throw new Error(`Unknown profile '${String(id)}'`);
    return profile;
}
function listProfiles() {
    return schema_1.PROFILE_IDS.map((id) => getProfile(id));
}
/** Profiles are shared by every request; freezing them stops one caller from changing another's advice. */
function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}
//# sourceMappingURL=profiles.js.map