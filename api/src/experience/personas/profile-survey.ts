/**
 * The built-in profiling questionnaire of personas (docs/EXPERIENCE.md): one question per profile
 * attribute, asked about HCPs. Its question keys are the attribute names rule sets refer to, and
 * its options the values they may compare with.
 */
import { type Question, questionnaireSchema } from "../../field/surveys/questionnaire.ts";

export const PROFILE_SURVEY_KEY = "persona-profile";

export const PROFILE_SURVEY = questionnaireSchema.parse({
  key: PROFILE_SURVEY_KEY,
  name: "Persona profile",
  description: "How an HCP practises and how they want to hear from us; the answers make the HCP's persona profile.",
  subject: "HCP",
  questions: [
    {
      key: "practice_setting",
      text: "Where does the HCP mainly practise?",
      type: "SINGLE_CHOICE",
      options: ["HOSPITAL", "PRIVATE_PRACTICE"],
    },
    {
      key: "preferred_channel",
      text: "Which channel does the HCP prefer?",
      type: "SINGLE_CHOICE",
      options: ["FACE_TO_FACE", "WEB_CALL", "PHONE", "EMAIL", "SELF_DETAILING"],
    },
    {
      key: "preferred_content",
      text: "Which content interests the HCP most?",
      type: "SINGLE_CHOICE",
      options: ["SCIENTIFIC", "PRODUCT", "INNOVATION"],
    },
    {
      key: "prescribing_priority",
      text: "What matters most when the HCP prescribes?",
      type: "SINGLE_CHOICE",
      options: ["EFFICACY", "SAFETY", "INNOVATION", "PRICE"],
    },
    {
      key: "expectations",
      text: "What does the HCP expect from the company?",
      type: "MULTIPLE_CHOICE",
      options: ["RELIABILITY", "INNOVATIVE_PRODUCTS", "SCIENTIFIC_INFORMATION", "CME_SUPPORT"],
    },
    { key: "company_view", text: "How does the HCP see the company (1 very negative, 5 very positive)?", type: "SCALE_1_5" },
    { key: "competitor_view", text: "How does the HCP see our competitors (1 very negative, 5 very positive)?", type: "SCALE_1_5" },
  ],
});

/** The profile attributes that come from the survey, by name (the question key). */
export const SURVEY_ATTRIBUTES: ReadonlyMap<string, Question> = new Map(PROFILE_SURVEY.questions.map((q) => [q.key, q]));

/**
 * The practice setting an HCP's main account implies, where the HCP has not answered: hospitals
 * are hospital practice, practices private practice. Clinics and pharmacies say neither, so they
 * leave the attribute missing.
 */
export const PRACTICE_SETTING_OF_ACCOUNT_KIND: Readonly<Record<string, string>> = {
  HOSPITAL: "HOSPITAL",
  PRACTICE: "PRIVATE_PRACTICE",
};
