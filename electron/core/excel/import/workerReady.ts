import type { Worker } from 'node:worker_threads';

/**
 * Settles when the thread says { type: 'ready' } (its modules loaded), or when it fails or ends
 * first. A listener of its own: it may have to hear 'ready' after others took over the messages.
 */
export function whenReady(worker: Worker): Promise<void> {
  return new Promise<void>((resolve) => {
    const onMessage = (message: { type?: unknown }) => message.type === 'ready' && done();
    const done = () => {
      worker.off('message', onMessage).off('error', done).off('exit', done);
      resolve();
    };
    worker.on('message', onMessage).once('error', done).once('exit', done);
  });
}
