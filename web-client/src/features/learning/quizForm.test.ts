import { describe, expect, it } from 'vitest';
import type { QuizAttemptResult, QuizQuestionView } from '../../api/xueshi-client';
import { choose, questionVerdict, resultSummary, toAttempt, unansweredCount } from './quizForm';

const single: QuizQuestionView = {
  questionId: 'q1',
  kind: 'singleChoice',
  text: '怎样获得学时？',
  options: [
    { optionId: 'a', text: '完整观看' },
    { optionId: 'b', text: '拖到结尾' },
  ],
};
const multiple: QuizQuestionView = {
  questionId: 'q2',
  kind: 'multipleChoice',
  text: '哪些影响学时认定？',
  options: [
    { optionId: 'x', text: '个人信息' },
    { optionId: 'y', text: '审核' },
    { optionId: 'z', text: '主题颜色' },
  ],
};
const trueFalse: QuizQuestionView = {
  questionId: 'q3',
  kind: 'trueFalse',
  text: '平台持续记录学习时长。',
  options: [
    { optionId: 't', text: '正确' },
    { optionId: 'f', text: '错误' },
  ],
};

describe('choose', () => {
  it('replaces the choice of a single-choice or true/false question', () => {
    let answers = choose({}, single, 'a');
    answers = choose(answers, single, 'b');
    answers = choose(answers, trueFalse, 't');
    expect(answers).toEqual({ q1: ['b'], q3: ['t'] });
  });

  it('toggles the options of a multiple-choice question', () => {
    let answers = choose({}, multiple, 'y');
    answers = choose(answers, multiple, 'x');
    answers = choose(answers, multiple, 'y');
    expect(answers).toEqual({ q2: ['x'] });
  });
});

describe('toAttempt', () => {
  it('sends one entry per answered question, options in the quiz order, and leaves out the unanswered', () => {
    const questions = [single, multiple, trueFalse];
    const answers = { q2: ['y', 'x'], q3: ['f'], q1: [] };
    expect(toAttempt(questions, answers)).toEqual({
      answers: [
        { questionId: 'q2', optionIds: ['x', 'y'] },
        { questionId: 'q3', optionIds: ['f'] },
      ],
    });
    expect(unansweredCount(questions, answers)).toBe(1);
  });
});

describe('results', () => {
  const result = (completed: boolean, correct: number): QuizAttemptResult => ({
    attemptId: 'a1',
    quizCompleted: completed,
    questionCount: 2,
    answeredCount: 2,
    correctCount: correct,
    results: [],
    progress: { state: 'inProgress', watchedSeconds: 0, percentWatched: 0, watchedRanges: [], readingSeconds: 0, studySeconds: 0, quizCompleted: completed },
  });

  it('says what comes next: done, or retry when the program demands correct answers', () => {
    expect(resultSummary(result(true, 1), false)).toBe('测试已完成（共2题，答对1题）');
    expect(resultSummary(result(false, 1), true)).toBe('共2题，答对1题。本专题要求全部答对，请修改后重新提交');
  });

  it('marks each question right, wrong or unanswered', () => {
    expect(questionVerdict({ questionId: 'q1', answered: true, correct: true })).toEqual({ text: '回答正确', correct: true });
    expect(questionVerdict({ questionId: 'q1', answered: true, correct: false })).toEqual({ text: '回答错误', correct: false });
    expect(questionVerdict({ questionId: 'q1', answered: false, correct: false })).toEqual({ text: '未作答', correct: false });
    expect(questionVerdict(undefined)).toBeNull();
  });
});
