"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cases = void 0;
/** English texts for listing, closing and deleting cases. */
exports.cases = {
    'cases.list.title': 'Cases in this conversation',
    'cases.list.empty': 'There are no cases here yet. Type **who should coordinate?** or **new meeting** to start one.',
    'cases.list.members': '{count} members',
    'cases.list.noCoordinator': 'No coordinator yet',
    'cases.list.coordinator': 'Coordinator: {service}',
    'cases.status.open': 'Open',
    'cases.status.escalated': 'Lifted to a leader',
    'cases.status.closed': 'Closed',
    'cases.list.hint': 'Type **close case BTI-…** when the cooperation has ended, or **delete case BTI-…** to delete everything the bot stored about the case.',
    'cases.notFound': 'I cannot find a case {ref} in this conversation.',
    'cases.notAllowed': 'Only the person who created the case, the coordinator or a leader in the case can do this. Nothing was changed.',
    'cases.delete.title': 'Delete case {ref}?',
    'cases.delete.text': 'Everything the bot stored about the case is deleted: members, clarifications, meetings and the minutes rotation. The plan in Samspill is not touched. This cannot be undone.',
    'cases.delete.confirm': 'Yes, delete the case',
    'cases.close.title': 'Close case {ref}?',
    'cases.close.text': 'The case is marked closed, and everything the bot stored about it is deleted automatically after {days} days.',
    'cases.close.confirm': 'Yes, close the case',
    'cases.cancel': 'Cancel',
    'cases.cancelled': 'OK, nothing was changed.',
    'cases.deleted': 'Case {ref} was deleted ({count} documents).',
    'cases.closed': 'Case {ref} is closed. Its data is deleted automatically on {date}.',
};
//# sourceMappingURL=cases.js.map