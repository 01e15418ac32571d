import type { SecondLookResponse } from "./schemas.js";
import type { SecondLook, TrajectoryPoint } from "./second-look.js";

function presentPoint(point: TrajectoryPoint): SecondLookResponse["trajectory"][number] {
  return { ...point, at: point.at.toISOString() };
}

export function presentSecondLook(look: SecondLook): SecondLookResponse {
  return {
    candidate: look.candidate,
    interview: {
      ...look.interview,
      heldAt: look.interview.heldAt.toISOString(),
      feedbackSharedAt: look.interview.feedbackSharedAt?.toISOString() ?? null,
    },
    dueAt: look.dueAt.toISOString(),
    remindedAt: look.remindedAt?.toISOString() ?? null,
    trajectory: look.trajectory.map(presentPoint),
  };
}
