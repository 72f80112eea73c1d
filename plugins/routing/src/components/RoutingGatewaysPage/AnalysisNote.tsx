import Typography from '@material-ui/core/Typography';

/** Props of {@link AnalysisNote}. */
export interface AnalysisNoteProps {
  /** What the conditions belong to, as the sentence names it: `Gateway`, `listener`. */
  subject: string;
  /** Where the conditions come from; the note shows only for `analysis`. */
  conditionsFrom?: 'analysis';
}

/** Says that no controller wrote the status, so the conditions shown are Portway's analysis. */
export function AnalysisNote({ subject, conditionsFrom }: AnalysisNoteProps) {
  if (conditionsFrom !== 'analysis') return null;
  return (
    <Typography variant="caption" color="textSecondary" display="block">
      No controller has written this {subject}'s status: its conditions are
      Portway's analysis.
    </Typography>
  );
}
