// Routes, and the gate in front of them: set-up until the first organisation exists, sign-in until someone
// is signed in, then the app shell. The candidate's pages (/candidate) stand outside that gate.
import { Alert, Center, Stack } from "@mantine/core";
import { IconDeviceFloppy } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { lazy, type ReactNode, Suspense, useEffect } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router";
import { AnalyticsPage } from "../analytics/AnalyticsPage";
import { MyCalibrationPage } from "../analytics/MyCalibrationPage";
import type { Me } from "../api/types";
import { AuditLogPage } from "../audit/AuditLogPage";
import { SetupPage } from "../auth/SetupPage";
import { SignInPage, useReturnPath } from "../auth/SignInPage";
import { SignUpPage } from "../auth/SignUpPage";
import { useMe, useSetupStatus } from "../auth/session";
import { CandidatePage } from "../candidates/CandidatePage";
import { CandidatesPage } from "../candidates/CandidatesPage";
import { DataPolicyPage } from "../data-rights/DataPolicyPage";
import { DebriefPage } from "../debrief/DebriefPage";
import { EmailOutboxPage } from "../email/EmailOutboxPage";
import { HistoryPage } from "../history/HistoryPage";
import { HomePage } from "../home/HomePage";
import { InterviewPage } from "../interviews/InterviewPage";
import { InterviewsPage } from "../interviews/InterviewsPage";
import { pendingCount } from "../interviews/outbox";
import { useOutbox, useOutboxDelivery } from "../interviews/queries";
import { AcceptInvitationPage } from "../invitation/AcceptInvitationPage";
import { PeoplePage } from "../people/PeoplePage";
import { QuestionEditorPage } from "../questions/QuestionEditorPage";
import { QuestionsPage } from "../questions/QuestionsPage";
import { SecondLookPage } from "../second-look/SecondLookPage";
import { FeedbackSettingsPage } from "../settings/FeedbackSettingsPage";
import { ErrorAlert } from "../shared/ErrorAlert";
import { canExportHistory, canSeeAnalytics, canSeeCandidates, canSeePeople } from "../shared/format";
import { NotFoundPage } from "../shared/NotFoundPage";
import { PageLoader } from "../shared/PageLoader";
import { AppLayout } from "../shell/AppLayout";
import { TokensPage } from "../tokens/TokensPage";

// The feedback page brings the linter and the code walk-through: they load with it, not with the app. Offline,
// the page says it could not be loaded rather than take the app down with it.
const FeedbackPage = lazy(() =>
  import("../feedback/FeedbackPage").then(
    (module) => ({ default: module.FeedbackPage }),
    () => ({
      default: () => (
        <ErrorAlert
          error="This page could not be loaded. Check your connection, then reload."
          title="Could not open the feedback page"
        />
      ),
    }),
  ),
);

// The candidate's pages load on their own, outside the staff app: a candidate downloads none of it, and
// nothing there asks for a staff session (nor sends a signed-out candidate to sign in).
const CandidateApp = lazy(() =>
  import("../candidate/CandidateApp").then(
    (module) => ({ default: module.CandidateApp }),
    () => ({
      default: () => (
        <Center mih="100dvh" p="md">
          <ErrorAlert
            error="This page could not be loaded. Check your connection, then reload."
            title="Could not open your feedback"
            maw={440}
          />
        </Center>
      ),
    }),
  ),
);

export function App() {
  const { pathname } = useLocation();
  // "/candidates" is the staff's list of candidates: only /candidate itself and what is under it are theirs.
  if (pathname === "/candidate" || pathname.startsWith("/candidate/")) {
    return (
      <Suspense fallback={<PageLoader label="Loading your feedback" />}>
        <CandidateApp />
      </Suspense>
    );
  }
  return <StaffApp />;
}

function StaffApp() {
  const me = useMe();
  const setup = useSetupStatus();
  const queryClient = useQueryClient();
  useOutboxDelivery(queryClient);
  const unreachable = me.isError || setup.isError;

  // While Debrief cannot be reached, keep trying (and at once when the browser is back online): notes kept on
  // this device are sent by the outbox meanwhile, whatever this page shows.
  useEffect(() => {
    if (!unreachable) return;
    const retry = () => {
      me.refetch();
      setup.refetch();
    };
    const id = setInterval(retry, 5000);
    window.addEventListener("online", retry);
    return () => {
      clearInterval(id);
      window.removeEventListener("online", retry);
    };
  }, [unreachable, me.refetch, setup.refetch]);

  if (me.isPending || setup.isPending) return <PageLoader label="Loading Debrief" />;
  if (me.isError || setup.isError) {
    return (
      <Center mih="100dvh" p="md">
        <Stack maw={440} w="100%">
          <ErrorAlert
            error={me.error ?? setup.error}
            title="Debrief could not be reached"
            onRetry={() => {
              me.refetch();
              setup.refetch();
            }}
          />
          <OutboxNotice />
        </Stack>
      </Center>
    );
  }

  const person = me.data;
  const { needsSetup } = setup.data;
  return (
    <Routes>
      <Route path="/invitation" element={<AcceptInvitationPage />} />
      <Route path="/setup" element={needsSetup ? <SetupPage /> : <Navigate to={person ? "/" : "/sign-in"} replace />} />
      <Route
        path="/sign-in"
        element={
          <SignedOutOnly me={person} needsSetup={needsSetup}>
            <SignInPage />
          </SignedOutOnly>
        }
      />
      <Route
        path="/sign-up"
        element={
          <SignedOutOnly me={person} needsSetup={needsSetup}>
            <SignUpPage />
          </SignedOutOnly>
        }
      />
      {person ? (
        <Route element={<AppLayout me={person} />}>
          <Route index element={<HomePage me={person} />} />
          <Route
            path="people"
            element={canSeePeople(person.user.role) ? <PeoplePage me={person} /> : <NotFoundPage />}
          />
          <Route
            path="analytics"
            element={canSeeAnalytics(person.user.role) ? <AnalyticsPage me={person} /> : <NotFoundPage />}
          />
          <Route path="analytics/me" element={<MyCalibrationPage />} />
          <Route
            path="candidates"
            element={canSeeCandidates(person.user.role) ? <CandidatesPage /> : <NotFoundPage />}
          />
          <Route
            path="candidates/:id"
            element={canSeeCandidates(person.user.role) ? <CandidatePage me={person} /> : <NotFoundPage />}
          />
          <Route
            path="second-looks"
            element={canSeeCandidates(person.user.role) ? <SecondLookPage /> : <NotFoundPage />}
          />
          <Route
            path="history"
            element={canExportHistory(person.user.role) ? <HistoryPage me={person} /> : <NotFoundPage />}
          />
          <Route path="questions" element={<QuestionsPage me={person} />} />
          <Route path="questions/new" element={<QuestionEditorPage me={person} />} />
          <Route path="questions/:id" element={<QuestionEditorPage me={person} />} />
          <Route path="interviews" element={<InterviewsPage me={person} />} />
          <Route path="interviews/:id" element={<InterviewPage me={person} />} />
          <Route path="interviews/:id/debrief" element={<DebriefPage />} />
          <Route
            path="interviews/:id/feedback"
            element={
              <Suspense fallback={<PageLoader label="Loading the assessment" />}>
                <FeedbackPage me={person} />
              </Suspense>
            }
          />
          <Route path="tokens" element={<TokensPage />} />
          <Route
            path="settings/feedback"
            element={person.user.role === "admin" ? <FeedbackSettingsPage /> : <NotFoundPage />}
          />
          <Route path="settings/data" element={person.user.role === "admin" ? <DataPolicyPage /> : <NotFoundPage />} />
          <Route path="audit" element={person.user.role === "admin" ? <AuditLogPage /> : <NotFoundPage />} />
          <Route path="email" element={person.user.role === "admin" ? <EmailOutboxPage /> : <NotFoundPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      ) : (
        <Route path="*" element={<SignInFirst needsSetup={needsSetup} />} />
      )}
    </Routes>
  );
}

function SignedOutOnly({ me, needsSetup, children }: { me: Me | null; needsSetup: boolean; children: ReactNode }) {
  const returnPath = useReturnPath();
  if (me) return <Navigate to={returnPath} replace />;
  if (needsSetup) return <Navigate to="/setup" replace />;
  return children;
}

/** Sends someone who is not signed in to sign in, remembering where they were going. */
function SignInFirst({ needsSetup }: { needsSetup: boolean }) {
  const location = useLocation();
  if (needsSetup) return <Navigate to="/setup" replace />;
  return <Navigate to="/sign-in" replace state={{ from: { pathname: location.pathname, search: location.search } }} />;
}

/** On the "cannot be reached" screen: the notes still kept on this device (the outbox sends them meanwhile). */
function OutboxNotice() {
  const outbox = useOutbox();
  const pending = pendingCount(outbox.items);
  if (pending === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconDeviceFloppy aria-hidden />} data-testid="outbox-offline">
      {pending === 1 ? "1 note is" : `${pending} notes are`} waiting to save — they are kept on this device and will be
      sent as soon as Debrief can be reached.
    </Alert>
  );
}
