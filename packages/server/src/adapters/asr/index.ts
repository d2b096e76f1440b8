// Speech adapter: OpenAI-compatible /v1/audio/transcriptions → transcript turns with speaker labels.
export {
  createAsr,
  createAsrClient,
  segmentsToTurns,
  type AsrClient,
  type AsrClientOptions,
  type AsrFailure,
  type AsrResult,
  type AsrStatus,
  type AudioInput,
  type TranscriptTurn,
} from './transcribe-audio.ts';
