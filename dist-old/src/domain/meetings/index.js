"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
/** Meetings, referat rotation and reminders: pure domain code, no bot or storage imports. */
__exportStar(require("./types"), exports);
__exportStar(require("./oslo"), exports);
__exportStar(require("./form"), exports);
__exportStar(require("./meeting"), exports);
__exportStar(require("./ics"), exports);
__exportStar(require("./guidance"), exports);
__exportStar(require("./referat"), exports);
__exportStar(require("./reminders"), exports);
//# sourceMappingURL=index.js.map