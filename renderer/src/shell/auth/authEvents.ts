/** Raised when a call finds the session gone or locked, so the gate asks for the password. */
export const authEvents = new EventTarget();
export const SESSION_LOST = 'session-lost';
