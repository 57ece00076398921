// The quiz editor's own rules, checked before anything is sent: they mirror what the server
// refuses for a published program (a question without a correct answer, single choice and
// true/false with other than one, true/false with other than two options, a quiz after the end
// of its video), so an operator sees the mistake where it is, in Chinese, without a round trip.

export type QuestionKind = 'singleChoice' | 'multipleChoice' | 'trueFalse';

export interface OptionDraft {
  /** Kept from the server so the question's answers stay linked to it; absent for a new option. */
  id?: string;
  text: string;
  isCorrect: boolean;
}

export interface QuestionDraft {
  id?: string;
  kind: QuestionKind;
  text: string;
  options: OptionDraft[];
}

export interface QuizDraft {
  /** Where a video's quiz appears; null for a course test. */
  positionSeconds: number | null;
  questions: QuestionDraft[];
}

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  singleChoice: '单选题',
  multipleChoice: '多选题',
  trueFalse: '判断题',
};

export function newQuestion(kind: QuestionKind): QuestionDraft {
  if (kind === 'trueFalse') {
    return { kind, text: '', options: [{ text: '正确', isCorrect: true }, { text: '错误', isCorrect: false }] };
  }
  return { kind, text: '', options: [{ text: '', isCorrect: false }, { text: '', isCorrect: false }] };
}

/** Changing the kind keeps the text; true/false gets its two fixed options, the others keep theirs with one answer at most. */
export function changeKind(question: QuestionDraft, kind: QuestionKind): QuestionDraft {
  if (kind === 'trueFalse') return { ...newQuestion('trueFalse'), id: question.id, text: question.text };
  if (kind === 'singleChoice') {
    const first = question.options.findIndex((o) => o.isCorrect);
    return { ...question, kind, options: question.options.map((o, i) => ({ ...o, isCorrect: i === first })) };
  }
  return { ...question, kind };
}

/** Marks an option correct: single choice and true/false have exactly one answer, multiple choice toggles. */
export function toggleCorrect(question: QuestionDraft, index: number): QuestionDraft {
  const options = question.options.map((o, i) => {
    if (question.kind === 'multipleChoice') return i === index ? { ...o, isCorrect: !o.isCorrect } : o;
    return { ...o, isCorrect: i === index };
  });
  return { ...question, options };
}

/** Every problem of the quiz, in Chinese, numbered as the editor shows the questions. */
export function quizProblems(quiz: QuizDraft, video?: { durationSeconds: number | null | undefined }): string[] {
  const problems: string[] = [];
  if (video) {
    if (quiz.positionSeconds === null || !Number.isFinite(quiz.positionSeconds) || quiz.positionSeconds < 0) {
      problems.push('请填写测试题出现的时间（秒）');
    } else if (video.durationSeconds != null && quiz.positionSeconds > video.durationSeconds) {
      problems.push(`测试题出现位置不能超过视频时长（${Math.floor(video.durationSeconds)}秒）`);
    }
  }
  if (quiz.questions.length === 0) problems.push('至少需要一道题');
  quiz.questions.forEach((q, i) => {
    const n = i + 1;
    if (!q.text.trim()) problems.push(`第${n}题缺少题干`);
    if (q.options.some((o) => !o.text.trim())) problems.push(`第${n}题有空白选项`);
    const correct = q.options.filter((o) => o.isCorrect).length;
    if (q.kind === 'trueFalse' && q.options.length !== 2) problems.push(`第${n}题为判断题，须恰好有两个选项`);
    if (q.kind !== 'trueFalse' && q.options.length < 2) problems.push(`第${n}题至少需要两个选项`);
    if (correct === 0) problems.push(`第${n}题没有设置正确答案`);
    else if (q.kind !== 'multipleChoice' && correct > 1) problems.push(`第${n}题只能有一个正确答案`);
  });
  return problems;
}
