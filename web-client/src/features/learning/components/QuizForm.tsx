import { useState } from 'react';
import { Alert, Button, Checkbox, Radio, Skeleton, Space } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { QuizAttemptResult } from '../../../api/xueshi-client';
import { learningApi } from '../../../shared/learning/learningApi';
import { toProblem } from '../../../shared/problem/problem';
import { choose, QUESTION_KIND_LABELS, questionVerdict, resultSummary, toAttempt, unansweredCount, type QuizAnswers } from '../quizForm';

interface Props {
  playbackId: string;
  /** Called with the attempt that completed the quiz (or at once when it already was). */
  onCompleted: (result: QuizAttemptResult | null) => void;
  /** The label of the button that goes on once the quiz is complete. */
  continueLabel: string;
}

/**
 * A quiz's questions (single, multiple, true/false), graded on the server. The correct options are
 * shown only when the server sends them (once the quiz is complete); when the program demands
 * correct answers, a wrong attempt is changed and sent again.
 */
export function QuizForm({ playbackId, onCompleted, continueLabel }: Props) {
  const quiz = useQuery({ queryKey: ['quiz', playbackId], queryFn: () => learningApi.getQuiz(playbackId), retry: false, staleTime: Infinity });
  const [answers, setAnswers] = useState<QuizAnswers>({});
  const [warning, setWarning] = useState<string>();
  const submit = useMutation({ mutationFn: () => learningApi.submitQuizAttempt(playbackId, toAttempt(quiz.data!.questions, answers)) });

  if (quiz.isPending) return <Skeleton active />;
  if (quiz.isError)
    return (
      <Alert
        type="error"
        showIcon
        message={toProblem(quiz.error).title}
        action={<Button size="small" onClick={() => void quiz.refetch()}>重试</Button>}
      />
    );

  const q = quiz.data;
  const result = submit.data;
  const done = q.completed || result?.quizCompleted === true;
  const verdicts = new Map(result?.results.map((r) => [r.questionId, r]));
  const locked = done || submit.isPending;

  const onSubmit = () => {
    const left = unansweredCount(q.questions, answers);
    if (left > 0 && !q.requiresCorrectAnswers) {
      setWarning(`还有${left}题未作答，请答完全部题目`);
      return;
    }
    setWarning(undefined);
    submit.mutate();
  };

  return (
    <form
      className="quiz"
      aria-label="测试题"
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <p className="quiz__rule">
        {q.requiresCorrectAnswers ? '本专题要求全部答对后才算完成测试。' : '答完全部题目即完成测试。'}
      </p>
      {q.questions.map((question, index) => {
        const chosen = answers[question.questionId] ?? [];
        const verdict = questionVerdict(verdicts.get(question.questionId));
        const correct = verdicts.get(question.questionId)?.correctOptionIds;
        const legendId = `q-${question.questionId}`;
        return (
          <fieldset key={question.questionId} className="quiz__question" data-testid="quiz-question">
            <legend id={legendId}>
              {index + 1}. （{QUESTION_KIND_LABELS[question.kind]}）{question.text}
            </legend>
            {question.kind === 'multipleChoice' ? (
              <Checkbox.Group value={chosen} disabled={locked}>
                <Space direction="vertical">
                  {question.options.map((o) => (
                    <Checkbox key={o.optionId} value={o.optionId} onChange={() => setAnswers((a) => choose(a, question, o.optionId))}>
                      {o.text}
                      {correct?.includes(o.optionId) && <span className="quiz__correct">（正确答案）</span>}
                    </Checkbox>
                  ))}
                </Space>
              </Checkbox.Group>
            ) : (
              <Radio.Group
                value={chosen[0]}
                disabled={locked}
                onChange={(e) => setAnswers((a) => choose(a, question, String(e.target.value)))}
              >
                <Space direction="vertical">
                  {question.options.map((o) => (
                    <Radio key={o.optionId} value={o.optionId}>
                      {o.text}
                      {correct?.includes(o.optionId) && <span className="quiz__correct">（正确答案）</span>}
                    </Radio>
                  ))}
                </Space>
              </Radio.Group>
            )}
            {verdict && (
              <p className={verdict.correct ? 'quiz__verdict quiz__verdict--right' : 'quiz__verdict quiz__verdict--wrong'} role="status">
                {verdict.text}
              </p>
            )}
          </fieldset>
        );
      })}
      {warning && <Alert type="warning" showIcon message={warning} role="alert" />}
      {submit.isError && <Alert type="error" showIcon message={toProblem(submit.error).title} role="alert" />}
      {result && (
        <Alert
          type={result.quizCompleted ? 'success' : 'warning'}
          showIcon
          message={resultSummary(result, q.requiresCorrectAnswers)}
          data-testid="quiz-result"
          role="status"
        />
      )}
      {q.completed && !result && <Alert type="success" showIcon message="测试已完成" role="status" />}
      <div className="quiz__actions">
        {done ? (
          <Button type="primary" block size="large" onClick={() => onCompleted(result ?? null)}>
            {continueLabel}
          </Button>
        ) : (
          <Button type="primary" block size="large" htmlType="submit" loading={submit.isPending}>
            {result ? '重新提交' : '提交答案'}
          </Button>
        )}
      </div>
    </form>
  );
}
