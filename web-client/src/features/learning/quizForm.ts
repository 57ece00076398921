import type { QuestionKind, QuestionResult, QuizAttemptResult, QuizQuestionView, SubmitQuizAttempt } from '../../api/xueshi-client';

/** The options chosen per question. */
export type QuizAnswers = Record<string, string[]>;

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  singleChoice: '单选题',
  multipleChoice: '多选题',
  trueFalse: '判断题',
};

/** A click on an option: single choice and true/false replace, multiple choice toggles. */
export function choose(answers: QuizAnswers, question: QuizQuestionView, optionId: string): QuizAnswers {
  const current = answers[question.questionId] ?? [];
  const next =
    question.kind === 'multipleChoice'
      ? current.includes(optionId)
        ? current.filter((id) => id !== optionId)
        : [...current, optionId]
      : [optionId];
  return { ...answers, [question.questionId]: next };
}

export function unansweredCount(questions: QuizQuestionView[], answers: QuizAnswers): number {
  return questions.filter((q) => (answers[q.questionId] ?? []).length === 0).length;
}

/** The attempt as the API takes it: one entry per answered question, options in the quiz's order. */
export function toAttempt(questions: QuizQuestionView[], answers: QuizAnswers): SubmitQuizAttempt {
  return {
    answers: questions
      .filter((q) => (answers[q.questionId] ?? []).length > 0)
      .map((q) => ({
        questionId: q.questionId,
        optionIds: q.options.map((o) => o.optionId).filter((id) => answers[q.questionId].includes(id)),
      })),
  };
}

/** 答对 2/3 题 and what comes next, in words. */
export function resultSummary(result: QuizAttemptResult, requiresCorrectAnswers: boolean): string {
  const score = `共${result.questionCount}题，答对${result.correctCount}题`;
  if (result.quizCompleted) return `测试已完成（${score}）`;
  if (requiresCorrectAnswers) return `${score}。本专题要求全部答对，请修改后重新提交`;
  return `${score}。请答完全部题目后提交`;
}

/** What to show beside a question after an attempt. */
export function questionVerdict(result: QuestionResult | undefined): { text: string; correct: boolean } | null {
  if (!result) return null;
  if (!result.answered) return { text: '未作答', correct: false };
  return result.correct ? { text: '回答正确', correct: true } : { text: '回答错误', correct: false };
}
