import type { TextsOf } from '../types';
import type { common as nb } from '../nb/common';

/** English texts shared by every job. */
export const common: TextsOf<typeof nb> = {
  'app.name': 'BTI-bot',
  'welcome.title': "Hi! I'm BTI-bot",
  'welcome.intro':
    'I help staff who work with children and youth under the BTI model (Better interdisciplinary effort) work together across services.',
  'welcome.privacy':
    "Important: never write a child's name, national identity number or health details here. I only use anonymous case references, such as BTI-2026-0042.",
  'welcome.start': 'Type **help** at any time to see what I can do.',
  'help.title': 'What I can help with',
  'help.intro': 'Press a button or type the command.',
  'help.avklaring.title': 'Who should coordinate?',
  'help.avklaring.text': 'Find out whether the child needs a plan, which plan type, and which service should coordinate. Run the clarification meeting here in Teams.',
  'help.avklaring.command': 'who should coordinate?',
  'help.meetings.title': 'Meetings',
  'help.meetings.text': 'Call a cooperation or responsibility-group meeting with RSVPs, reminders and a calendar file.',
  'help.meetings.command': 'new meeting',
  'help.referat.title': 'Minutes',
  'help.referat.text': 'See who writes the minutes next time. It rotates among the professionals.',
  'help.referat.command': 'minutes',
  'help.guidance.title': 'Guidance and duty to report',
  'help.guidance.text': 'Find the right BTI tool for your level and step, and get help with the duty to report to child welfare.',
  'help.guidance.command': 'duty to report',
  'help.verktoy.command': 'tools',
  'help.privacy': "Never write a child's name, identity number or health details in Teams.",
  'privacy.idNumber':
    "What you wrote looks like a Norwegian national identity number. I have not stored it and will not act on the message. Please don't write personal data about the child in Teams: use the case reference (for example BTI-2026-0042). Consider deleting your message.",
  'error.otherTenant': 'This bot is set up for another organisation, so I cannot help here. Nothing was stored.',
  'error.generic': 'Sorry, something went wrong on my side. Nothing already stored was changed. Please try again in a moment.',
  'error.storeDown': "I can't reach the database right now, so I can't store or read cases. Please try again in a few minutes.",
  'error.unknownAction': "I don't recognise this button. The card may be outdated; type **help** to start again.",
  'error.invalidInput': 'Something in the form was not valid: {details}',
  'error.notMember': 'Sorry, only the members of this case can do this. Nothing was changed.',
  'language.chosen': "OK, I'll answer you in English from now on. Type **language auto** to let me choose from what you write.",
  'language.forgotten': "OK, I've forgotten your language choice. I now answer in the language you write in, otherwise in the language Teams uses.",
  'language.usage':
    "Type **language english** or **language norwegian** to choose the language I answer you in, or **language auto** to let me choose from what you write. I remember only the choice, nothing else about you.",
  'language.noUser': "I can't remember a language choice here because Teams didn't say who you are. I'll answer in the language you write in.",
};
