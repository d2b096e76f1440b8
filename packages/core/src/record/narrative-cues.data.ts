/**
 * Word lists that route a sentence of an English dialogue to a note section, and the spoken fillers
 * dropped when it is rewritten as clinical prose. Written for this project from the section
 * conventions of ACI-BENCH notes (Yim et al. 2023, CC BY 4.0: HPI from the history the patient
 * gives, PHYSICAL EXAMINATION and RESULTS from what the doctor examines and reviews, ASSESSMENT AND
 * PLAN from the doctor's own words). Reviewed like code; no patient text here.
 */

/** Words that make a patient's sentence history worth keeping even without an extracted fact. */
export const HISTORY_CUES =
  /\b(pain|hurts?|hurting|ache|aching|sore|swollen|swelling|numb(ness)?|tingling|dizz(y|iness)|nause(a|ous)|vomit\w*|fever|cough\w*|tired|fatigue|short of breath|bleed\w*|rash|itch\w*|sleep\w*|(?:days?|weeks?|months?|years?) ago|since|started|began|noticed|medications?|pills?|taking|took|injur\w*|fell|surgery|diagnosed|worse|better|stiff\w*|cramp\w*|headaches?|blood (?:pressure|sugar)|diet|exercis\w*|smok\w*|drink\w*|alcohol)\b/;

/** The doctor examining: said during the examination, not asked. */
export const EXAM_CUES =
  /\b(on (?:physical )?exam(?:ination)?|physical exam|i (?:do )?(?:hear|feel|see|appreciate|note)|lungs?|heart (?:sounds?|rate|rhythm)|murmur|tender(?:ness)?|palpat\w*|range of motion|edema|pulses?|reflexes|strength|abdomen is|is soft|are clear|clear to auscultation|no (?:rashes|lesions|bruising|erythema|effusion)|swelling (?:of|in|on)|vital signs?|blood pressure (?:is|was|today))\b/;

/** The doctor reviewing results. */
export const RESULT_CUES =
  /\b(x-?rays?|mri|ct scan|cat scan|ultrasound|echo(?:cardiogram)?|ekg|ecg|labs?|lab work|blood work|results?|hemoglobin|a1c|cholesterol|lipid panel|urinalysis|showed|shows|demonstrat\w*|revealed|came back)\b/;

/** The doctor's assessment or plan. */
export const PLAN_CUES =
  /\b(i'?m going to|i am going to|we'?re going to|we are going to|we'll|we will|i'll|i will|i want you to|i'd like you to|i would like you to|i'd like to|recommend\w*|prescrib\w*|order\w*|refer\w*|follow[- ]up|continue|increase|decrease|start (?:you|her|him|them)|schedule\w*|let's|diagnos\w*|consistent with|my impression|assessment|i think you have|you have)\b/;

/** Commands to a dictation assistant ("hey dragon, show me the x-ray"), not clinical content. */
export const ASSISTANT_COMMAND = /\b(?:dax|dragon|hey computer)\b/;

/** The doctor announcing an action rather than stating a finding ("let me listen to your heart"). */
export const INTENT_CUE =
  /\b(?:going to|gon na|gonna|let me|let's|wan na|wanna|want to|i'd like to|i would like to)\b/;

/** A doctor's dictation about the patient ("martha is a 50-year-old female with …"). */
export const INTRO_CUE =
  /\b(?:\d+|[a-z]+)[- ]year[- ]old\b|\bpast medical history\b|\bpresents? (?:for|with|today)\b/;

/** Spoken fillers removed anywhere, with a following comma. */
export const FILLERS =
  /\b(?:um+|uh+|uh-huh|hmm+|mm-hmm|mhm|ah|er|oh|you know|i mean|kind of|sort of)\b\s*,?\s*/g;

/** Words opening a spoken sentence that a written one drops ("yeah , so , i …"). */
export const LEAD_WORDS =
  /^(?:(?:yeah|yes|yep|no|nope|okay|ok|well|so|and|but|alright|all right|right|sure|now|actually|honestly|like|again)\s*,\s*|(?:and|so|but|well)\s+)+/;

/** Verbs given a third-person -s after a rewritten subject ("i feel" → "she feels"). */
export const BASE_VERBS = new Set([
  'feel',
  'take',
  'think',
  'get',
  'go',
  'want',
  'know',
  'need',
  'use',
  'try',
  'notice',
  'wake',
  'see',
  'eat',
  'walk',
  'work',
  'sleep',
  'like',
  'love',
  'hurt',
  'remember',
  'guess',
  'mean',
  'say',
  'drink',
  'smoke',
  'run',
  'exercise',
  'check',
  'play',
  'live',
  'wear',
  'watch',
  'keep',
  'forget',
  'believe',
  'hope',
  'plan',
  'seem',
  'start',
  'stop',
  'continue',
  'avoid',
  'deny',
  'experience',
  'get',
  'come',
  'lift',
  'stand',
  'sit',
  'bend',
  'cough',
  'snore',
  'wish',
]);

/** Adverbs that may stand between a subject and its verb ("i usually take"). */
export const MID_ADVERBS = new Set([
  'usually',
  'still',
  'also',
  'just',
  'really',
  'always',
  'never',
  'sometimes',
  'only',
  'even',
  'actually',
  'definitely',
  'normally',
  'often',
  'rarely',
  'probably',
  'certainly',
  'generally',
]);
