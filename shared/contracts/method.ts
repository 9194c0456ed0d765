import { z } from 'zod';

/** A method of the API: its input schema, and its output type carried as a phantom. */
export function method<I extends z.ZodType>(input: I) {
  return {
    returns<O>(): { input: I; output: O } {
      return { input, output: undefined as O };
    },
  };
}

/** The input of a method that takes nothing. */
export const none = z.strictObject({});
