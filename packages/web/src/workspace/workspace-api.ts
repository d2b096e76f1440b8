import { apiRequest } from '../api/api-client.ts';
import type {
  Capabilities,
  DraftVersion,
  Lang,
  LabObservation,
  RecordVersion,
  ReviewEntry,
  ReviewTarget,
  TranscriptFormat,
  VisitSource,
} from './workspace-types.ts';

// One function per endpoint of the visit workspace (issue 6), so components never spell URLs.
const v = (visitId: string) => `/api/visits/${encodeURIComponent(visitId)}`;

export const listSources = (visitId: string) =>
  apiRequest<{ sources: VisitSource[] }>('GET', `${v(visitId)}/sources`);

export type NewSource =
  | { kind: 'transcript'; format: TranscriptFormat; content: string }
  | { kind: 'emr'; bundle: Record<string, unknown> }
  | { kind: 'text'; content: string };

export const addSource = (visitId: string, source: NewSource) =>
  apiRequest<{ source: { id: string; kind: string } }>('POST', `${v(visitId)}/sources`, source);

export const uploadLabPhoto = (visitId: string, image: Blob) =>
  apiRequest<{ source: { id: string }; observations: LabObservation[] }>(
    'POST',
    `${v(visitId)}/sources/lab`,
    image,
  );

/** The uploaded file; with `page`, that page of a PDF rendered as a PNG. */
export const sourceMediaUrl = (visitId: string, sourceId: string, page?: number) =>
  `${v(visitId)}/sources/${encodeURIComponent(sourceId)}/media${page ? `?page=${page}` : ''}`;

export const getDraft = (visitId: string) =>
  apiRequest<{ draft: DraftVersion }>('GET', `${v(visitId)}/draft`);

export const generateDraft = (visitId: string) =>
  apiRequest<{ draft: DraftVersion }>('POST', `${v(visitId)}/draft`);

export interface SectionEdit {
  lang: Lang;
  sectionId: string;
  text: string;
}

export const saveSection = (visitId: string, baseVersion: number, edit: SectionEdit) =>
  apiRequest<{ draft: DraftVersion }>('PUT', `${v(visitId)}/draft`, { baseVersion, ...edit });

export const reauthenticate = (credential: { password: string } | { totp: string }) =>
  apiRequest<void>('POST', '/api/auth/reauth', credential);

export const signVisit = (visitId: string, draftVersion: number) =>
  apiRequest<{ record: { id: string; version: number } }>('POST', `${v(visitId)}/sign`, { draftVersion });

export const amendRecord = (visitId: string, body: SectionEdit & { baseVersion: number; reason: string }) =>
  apiRequest<{ record: { id: string; version: number } }>('POST', `${v(visitId)}/amend`, body);

/** The signed record as a FHIR document Bundle (needs a credential entered within 5 minutes). */
export const exportRecord = (visitId: string) =>
  apiRequest<Record<string, unknown>>('POST', `${v(visitId)}/export`, {});

export const getRecord = (visitId: string) =>
  apiRequest<{ versions: RecordVersion[] }>('GET', `${v(visitId)}/record`);

export const getCapabilities = () => apiRequest<Capabilities>('GET', '/api/capabilities');

/** One chunk of a recording in progress (issue 9); the server transcribes it into the session's transcript. */
export const uploadAudioChunk = (
  visitId: string,
  chunk: { session: string; seq: number; offsetMs: number; blob: Blob },
) =>
  apiRequest<{ source: { id: string }; seq: number; duplicate: boolean }>(
    'POST',
    `${v(visitId)}/sources/audio?${new URLSearchParams({
      session: chunk.session,
      seq: String(chunk.seq),
      offsetMs: String(chunk.offsetMs),
    })}`,
    chunk.blob,
  );

/** A conflict or QC finding resolved: a side taken, or dismissed with a reason (kept with the draft). */
export interface ReviewResolution {
  target: ReviewTarget;
  resolution: 'side_taken' | 'dismissed';
  sideIndex?: number;
  reason?: string;
}

export const resolveReviewItem = (visitId: string, draftVersion: number, r: ReviewResolution) =>
  apiRequest<{ review: ReviewEntry[] }>('POST', `${v(visitId)}/draft/review`, { draftVersion, ...r });
