// The candidate's pages at /candidate, apart from the staff app: no staff session is asked for or used, only
// the candidate cookie the link's Continue set (path /api/candidate). The overview decides which steps are
// open and where a returning candidate lands; a 401 anywhere means the visit is over.
import { Center } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { Navigate, Route, Routes, useParams } from "react-router";
import { isApiError } from "../api/client";
import { ErrorAlert } from "../shared/ErrorAlert";
import { PageLoader } from "../shared/PageLoader";
import { CandidateLayout } from "./CandidateLayout";
import { ComparisonStep } from "./ComparisonStep";
import { FeedbackStep } from "./FeedbackStep";
import { candidateKey, useEndVisit, useOverview } from "./queries";
import { RatingStep } from "./RatingStep";
import { SelfAssessmentStep } from "./SelfAssessmentStep";
import { StepNav } from "./StepNav";
import { canOpen, landingStep, type Overview, type StepPath, steps, stepUrl } from "./steps";
import { ThanksStep } from "./ThanksStep";
import { VisitEnded } from "./VisitEnded";

export function CandidateApp() {
  const [endedHere, setEndedHere] = useState(false);
  if (endedHere) return <VisitEnded byYou />;
  return <Portal onEnded={() => setEndedHere(true)} />;
}

function Portal({ onEnded }: { onEnded: () => void }) {
  const overview = useOverview();
  const queryClient = useQueryClient();
  const end = useEndVisit();

  // Ending the visit forgets everything read in it, so the next person at this computer finds nothing.
  const endVisit = () =>
    end.mutate(undefined, {
      onSettled: (_data, error) => {
        if (error && !isApiError(error, 401)) return;
        onEnded();
        queryClient.removeQueries({ queryKey: candidateKey });
      },
    });

  if (overview.error) {
    if (isApiError(overview.error, 401)) return <VisitEnded />;
    return (
      <Center mih="100dvh" p="md" component="main">
        <ErrorAlert
          error={overview.error}
          title="Your feedback could not be loaded"
          onRetry={() => overview.refetch()}
          maw="32rem"
        />
      </Center>
    );
  }
  if (!overview.data) return <PageLoader label="Loading your feedback" />;
  const data = overview.data;
  const frame = (current: StepPath, content: ReactNode) => (
    <CandidateLayout overview={data} onEnd={endVisit} ending={end.isPending} endError={end.error}>
      <StepNav overview={data} current={current} />
      {content}
    </CandidateLayout>
  );
  return (
    <Routes>
      <Route path="/candidate/:step" element={<Step overview={data} frame={frame} />} />
      <Route path="*" element={<Navigate to={stepUrl(landingStep(data))} replace />} />
    </Routes>
  );
}

const pages: Record<StepPath, { title: string; render: (overview: Overview) => ReactNode }> = {
  "your-view": { title: "Your view", render: (overview) => <SelfAssessmentStep overview={overview} /> },
  feedback: { title: "Your feedback", render: (overview) => <FeedbackStep overview={overview} /> },
  "side-by-side": { title: "Side by side", render: (overview) => <ComparisonStep overview={overview} /> },
  rating: { title: "Rating", render: (overview) => <RatingStep overview={overview} /> },
  thanks: { title: "Thank you", render: (overview) => <ThanksStep overview={overview} /> },
};

const isStep = (value: string | undefined): value is StepPath =>
  value === "thanks" || steps.some((step) => step.path === value);

function Step({
  overview,
  frame,
}: {
  overview: Overview;
  frame: (current: StepPath, content: ReactNode) => ReactNode;
}) {
  const { step } = useParams();
  const known = isStep(step) && canOpen(step, overview) ? step : null;

  // A new step starts at its top, and the tab says where the candidate is.
  useEffect(() => {
    if (!known) return;
    window.scrollTo(0, 0);
    document.title = `${pages[known].title} · Your interview feedback`;
  }, [known]);

  // A step not open yet (or an address mistyped) goes where the candidate actually is.
  if (!known) return <Navigate to={stepUrl(landingStep(overview))} replace />;
  return frame(known, pages[known].render(overview));
}
