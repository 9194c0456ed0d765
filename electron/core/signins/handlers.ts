import type { HandlerMap, MethodsOf } from '../context';

export const signinHandlers: HandlerMap<MethodsOf<'signins' | 'attendance'>> = {};
