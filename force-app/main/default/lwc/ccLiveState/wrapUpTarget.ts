/**
 * Which interaction the card's wrap-up form is for. It stays on the one it shows while that one is
 * in the snapshot, whatever the order (the bridge lists an interaction again after each change, so
 * two open chats swap places with every message); it moves when the next interaction is offered: an
 * open one the card had not seen yet (the newest, when several come at once).
 */
import { isOpenStatus, type LiveInteraction } from 'c/ccLiveProtocol';

export function wrapUpInteraction(
    interactions: readonly LiveInteraction[],
    shownKey: string | undefined,
    seenKeys: ReadonlySet<string>
): LiveInteraction | undefined {
    const offered = interactions
        .filter((interaction) => isOpenStatus(interaction.status) && !seenKeys.has(interaction.key))
        .sort((a, b) => (b.offeredAt ?? '').localeCompare(a.offeredAt ?? ''));
    return offered[0] ?? interactions.find((interaction) => interaction.key === shownKey) ?? interactions[0];
}
