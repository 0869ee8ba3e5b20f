"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.conversationMembers = conversationMembers;
const botbuilder_1 = require("botbuilder");
/**
 * The people in this conversation, from the Bot Connector roster. In a channel this is the team's roster.
 * Only ids and display names are used (staff, never the child).
 */
async function conversationMembers(context, max = 200) {
    const members = [];
    let token;
    do {
        const page = await botbuilder_1.TeamsInfo.getPagedMembers(context, 100, token);
        for (const m of page.members ?? []) {
            if (m.aadObjectId)
                members.push({ aadObjectId: m.aadObjectId, name: m.name ?? m.aadObjectId, teamsId: m.id, role: 'professional' });
        }
        token = page.continuationToken;
    } while (token && members.length < max);
    return members.slice(0, max);
}
//# sourceMappingURL=roster.js.map