/**
 * The page's text from what the lookup knows: the notes on the URL, the session's details, the
 * candidates' rows. Pure, so the page's words are tested without rendering it.
 */
import { formatLabel } from 'c/ccLiveProtocol';
import type { FoundCaller } from './lookupFlow';
import type { LookupNote, LookupNoteCode, LookupRequest } from './lookupRequest';
import type { LookupLabels } from './labels';

export interface TextRow {
    key: string;
    label?: string;
    text: string;
    /** A second key, for the value of a label and value pair (each element of a list needs its own). */
    valueKey?: string;
}

export interface CandidateRow {
    key: string;
    recordId: string;
    name: string;
    objectLabel: string;
    phone: string;
    email: string;
    account: string;
    openLabel: string;
}

const NOTE_LABELS: Record<LookupNoteCode, keyof LookupLabels> = {
    tooLong: 'noteTooLong',
    notEmail: 'noteNotEmail',
    notPhone: 'noteNotPhone',
    notSession: 'noteNotSession',
    unknownChannel: 'noteUnknownChannel',
    unknownType: 'noteUnknownType'
};

export function noteRows(notes: readonly LookupNote[], labels: LookupLabels): TextRow[] {
    return notes.map((note, index) => ({ key: `note-${index}`, text: formatLabel(labels[NOTE_LABELS[note.code]], note.parameter) }));
}

/** What the URL says of the session and the customer, as label and value pairs; empty values left out. */
export function sessionRows(request: LookupRequest, labels: LookupLabels): TextRow[] {
    const rows: [string, string | undefined][] = [
        [
            labels.session,
            request.session ? `${request.session.channel === 'call' ? 'voice_call' : 'chat'} ${request.session.id}` : undefined
        ],
        [labels.type, request.session?.type],
        [labels.queue, request.menuPath],
        [labels.menuId, request.menuId],
        [labels.phone, request.phone],
        [labels.email, request.email],
        [labels.customerId, request.cuid],
        [labels.agentId, request.agentId]
    ];
    return rows.flatMap(([label, text], index) => (text ? [{ key: `detail-${index}`, valueKey: `value-${index}`, label, text }] : []));
}

export function candidateRows(candidates: readonly FoundCaller[], labels: LookupLabels): CandidateRow[] {
    const objectLabels: Record<string, string> = { Contact: labels.contact, Lead: labels.lead, Account: labels.account };
    return candidates.map((candidate) => {
        const name = candidate.name ?? candidate.recordId;
        return {
            key: candidate.recordId,
            recordId: candidate.recordId,
            name,
            objectLabel: objectLabels[candidate.objectApiName] ?? candidate.objectApiName,
            phone: candidate.phone ?? '',
            email: candidate.email ?? '',
            account: candidate.account ?? '',
            openLabel: formatLabel(labels.openRecord, name)
        };
    });
}

/** Who was looked up, for "No Contact, Lead or Account matches …". */
export function lookedUpText(request: Pick<LookupRequest, 'phone' | 'email'>): string {
    return [request.phone, request.email].filter((value): value is string => value !== undefined).join(' · ');
}
