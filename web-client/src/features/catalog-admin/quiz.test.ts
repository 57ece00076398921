import { describe, expect, it } from 'vitest';
import { changeKind, newQuestion, quizProblems, toggleCorrect, type QuizDraft } from './quiz';

const answered = (kind: 'singleChoice' | 'multipleChoice' | 'trueFalse') => {
  const q = newQuestion(kind);
  return { ...q, text: '题干', options: q.options.map((o, i) => ({ ...o, text: o.text || `选项${i + 1}`, isCorrect: i === 0 })) };
};

describe('quizProblems', () => {
  it('accepts a well-formed video quiz inside the video', () => {
    const quiz: QuizDraft = { positionSeconds: 170, questions: [answered('singleChoice'), answered('trueFalse')] };
    expect(quizProblems(quiz, { durationSeconds: 180 })).toEqual([]);
  });

  it('refuses a quiz after the end of its video', () => {
    const quiz: QuizDraft = { positionSeconds: 181, questions: [answered('trueFalse')] };
    expect(quizProblems(quiz, { durationSeconds: 180.4 })).toEqual(['测试题出现位置不能超过视频时长（180秒）']);
  });

  it('asks for the position of a video quiz but not of a course test', () => {
    const quiz: QuizDraft = { positionSeconds: null, questions: [answered('multipleChoice')] };
    expect(quizProblems(quiz, { durationSeconds: 60 })).toEqual(['请填写测试题出现的时间（秒）']);
    expect(quizProblems(quiz)).toEqual([]);
  });

  it('names the question without a correct answer and the single choice with two', () => {
    const none = { ...answered('singleChoice'), options: answered('singleChoice').options.map((o) => ({ ...o, isCorrect: false })) };
    const two = { ...answered('singleChoice'), options: answered('singleChoice').options.map((o) => ({ ...o, isCorrect: true })) };
    expect(quizProblems({ positionSeconds: null, questions: [none, two] })).toEqual(['第1题没有设置正确答案', '第2题只能有一个正确答案']);
  });

  it('wants exactly two options for true/false and a text for everything', () => {
    const threeWay = { ...answered('trueFalse'), options: [...answered('trueFalse').options, { text: '不确定', isCorrect: false }] };
    const blank = { ...answered('multipleChoice'), text: ' ', options: [{ text: '', isCorrect: true }, { text: '乙', isCorrect: false }] };
    expect(quizProblems({ positionSeconds: null, questions: [threeWay, blank] })).toEqual([
      '第1题为判断题，须恰好有两个选项',
      '第2题缺少题干',
      '第2题有空白选项',
    ]);
    expect(quizProblems({ positionSeconds: null, questions: [] })).toEqual(['至少需要一道题']);
  });
});

describe('editing a question', () => {
  it('keeps exactly one answer for single choice and toggles for multiple choice', () => {
    let single = answered('singleChoice');
    single = toggleCorrect(single, 1);
    expect(single.options.map((o) => o.isCorrect)).toEqual([false, true]);
    let multiple = answered('multipleChoice');
    multiple = toggleCorrect(multiple, 1);
    expect(multiple.options.map((o) => o.isCorrect)).toEqual([true, true]);
    multiple = toggleCorrect(multiple, 0);
    expect(multiple.options.map((o) => o.isCorrect)).toEqual([false, true]);
  });

  it('keeps the id and text when the kind changes, and gives true/false its two options', () => {
    const question = { ...answered('multipleChoice'), id: 'q1', options: answered('multipleChoice').options.map((o) => ({ ...o, isCorrect: true })) };
    const single = changeKind(question, 'singleChoice');
    expect(single.options.filter((o) => o.isCorrect)).toHaveLength(1);
    const trueFalse = changeKind(question, 'trueFalse');
    expect(trueFalse).toMatchObject({ id: 'q1', text: '题干', kind: 'trueFalse' });
    expect(trueFalse.options.map((o) => o.text)).toEqual(['正确', '错误']);
  });
});
