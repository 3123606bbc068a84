import type { EventName, EventPayload } from '@shared/ipc/types';

export type EventListener = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/** Main → renderer pushes; each host forwards them over its own transport. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(event, payload);
  }
}
