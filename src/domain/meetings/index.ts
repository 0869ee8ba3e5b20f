/** Meetings, referat rotation and reminders: pure domain code, no bot or storage imports. */
export * from './types';
export * from './oslo';
export * from './form';
export * from './meeting';
export * from './guidance';
export * from './referat';
export * from './reminders';
export * from './settlement';
export * from './commands';
