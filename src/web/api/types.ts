// API types, inferred from the server's own zod schemas so the two cannot drift apart.
import type { z } from "zod";
import type { AnalyticsReportResponse, OwnCalibrationResponse } from "../../features/analytics/schemas";
import type { MeResponse, SetupStatusResponse } from "../../features/auth/schemas";
import type {
  CandidateDetailResponse,
  CandidateList,
  CandidateSummaryResponse,
  OfferResponse,
  OutcomeResponse,
} from "../../features/candidates/schemas";
import type {
  AssessmentInput,
  AssessmentResponse,
  FeedbackResponse,
  FeedbackSettingsResponse,
  SuggestedDraft as SuggestedDraftSchema,
} from "../../features/feedback/schemas";
import type { ImportStreamLineResponse, ImportSummaryResponse } from "../../features/history/schemas";
import type {
  CodeSnapshotResponse,
  InterviewEventResponse,
  InterviewList,
  InterviewResponse,
} from "../../features/interviews/schemas";
import type {
  CreatedInvitation,
  InvitationList,
  InvitationPreview,
  InvitationResponse,
  PersonList,
  PersonResponse,
} from "../../features/people/schemas";
import type { HintTopicList, QuestionList, QuestionResponse } from "../../features/questions/schemas";
import type { ApiTokenList, ApiTokenResponse, CreatedApiToken } from "../../features/tokens/schemas";

export type { Role } from "../../domain/roles";
export type Me = MeResponse;
export type SetupStatus = SetupStatusResponse;
export type Person = PersonResponse;
export type People = z.infer<typeof PersonList>;
export type Invitation = InvitationResponse;
export type Invitations = z.infer<typeof InvitationList>;
export type NewInvitation = z.infer<typeof CreatedInvitation>;
export type InvitationDetails = z.infer<typeof InvitationPreview>;
export type ApiToken = ApiTokenResponse;
export type ApiTokens = z.infer<typeof ApiTokenList>;
export type NewApiToken = z.infer<typeof CreatedApiToken>;
export type AnalyticsReport = AnalyticsReportResponse;
export type PopulationFigures = AnalyticsReport["population"];
export type InterviewerReport = AnalyticsReport["interviewers"][number];
export type CalibrationLabel = InterviewerReport["calibration"]["label"];
export type CalibrationBin = AnalyticsReport["calibrationCurve"][number];
export type QuestionReport = AnalyticsReport["questions"][number];
export type OwnCalibration = OwnCalibrationResponse;
export type Candidates = z.infer<typeof CandidateList>;
export type CandidateSummary = CandidateSummaryResponse;
export type CandidateDetail = CandidateDetailResponse;
export type CandidateInterview = CandidateDetail["interviews"][number];
export type Outcome = OutcomeResponse;
export type Offer = OfferResponse;
export type ImportSummary = ImportSummaryResponse;
export type ImportStreamLine = ImportStreamLineResponse;
export type Question = QuestionResponse;
export type Questions = z.infer<typeof QuestionList>;
export type QuestionLayer = Question["layers"][number];
export type HintTopics = z.infer<typeof HintTopicList>;
export type HintTopic = HintTopics["topics"][number];
export type Interview = InterviewResponse;
export type Interviews = z.infer<typeof InterviewList>;
export type InterviewEvent = InterviewEventResponse;
export type EventKind = InterviewEvent["kind"];
export type CodeSnapshot = CodeSnapshotResponse;
export type InterviewStage = NonNullable<Interview["stage"]>;
export type Assessment = AssessmentResponse;
export type AssessmentBody = AssessmentInput;
export type ChecklistResponse = Assessment["checklist"][number];
export type EvidenceLink = ChecklistResponse["evidence"][number];
export type ComplexityMistake = NonNullable<ChecklistResponse["complexityMistakes"]>[number];
export type CodeAnnotation = Assessment["annotations"][number];
export type Feedback = FeedbackResponse;
export type FeedbackVersion = Feedback["versions"][number];
export type FeedbackSettings = FeedbackSettingsResponse;
export type SuggestedDraft = z.infer<typeof SuggestedDraftSchema>;
