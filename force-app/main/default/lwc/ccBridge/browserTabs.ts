/**
 * The ports through which this tab's bridge reaches the bridges of the user's other Salesforce tabs:
 * the browser's BroadcastChannel and Web Locks. Both work under Lightning Web Security, which
 * prefixes the channel name with the namespace and leaves the Web Locks API as it is (npm
 * @locker/distortion, docs/distortions.md; the e2e tests run the bridge inside @locker/sandbox in
 * Chromium). Where a browser lacks one, the port is undefined and ccCore falls back to storage.
 */
import { leaderLockOver, tabChannelOver, type LeaderLock, type TabChannel } from 'c/ccCore';

export function browserTabChannel(): TabChannel | undefined {
    return typeof BroadcastChannel === 'function' ? tabChannelOver(BroadcastChannel) : undefined;
}

export function browserLeaderLock(): LeaderLock | undefined {
    const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
    return typeof locks?.request === 'function' ? leaderLockOver(locks) : undefined;
}
