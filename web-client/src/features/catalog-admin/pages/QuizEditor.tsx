import { Button, Card, Checkbox, Input, Radio, Select, Space } from 'antd';
import { changeKind, newQuestion, QUESTION_KIND_LABELS, toggleCorrect, type QuestionKind, type QuizDraft } from '../quiz';

interface Props {
  quiz: QuizDraft;
  onChange: (quiz: QuizDraft) => void;
  /** A video's quiz has a position; a course test has none. */
  withPosition: boolean;
}

/** 测试题: questions, their options and the correct answers (单选/判断 one, 多选 several). */
export function QuizEditor({ quiz, onChange, withPosition }: Props) {
  const setQuestion = (index: number, question: QuizDraft['questions'][number]) =>
    onChange({ ...quiz, questions: quiz.questions.map((q, i) => (i === index ? question : q)) });

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="quiz-editor">
      {withPosition && (
        <>
          <label htmlFor="quiz-position">测试题出现时间（秒）</label>
          <Input id="quiz-position" type="number" min={0} value={quiz.positionSeconds ?? ''}
            onChange={(e) => onChange({ ...quiz, positionSeconds: e.target.value === '' ? null : Number(e.target.value) })} />
        </>
      )}
      {quiz.questions.map((q, qi) => (
        <Card key={q.id ?? `new-${qi}`} size="small" title={`第${qi + 1}题`}
          extra={<Button size="small" danger onClick={() => onChange({ ...quiz, questions: quiz.questions.filter((_, i) => i !== qi) })}>删除</Button>}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <Select aria-label={`第${qi + 1}题题型`} value={q.kind} style={{ width: 140 }}
              options={Object.entries(QUESTION_KIND_LABELS).map(([value, label]) => ({ value, label }))}
              onChange={(kind: QuestionKind) => setQuestion(qi, changeKind(q, kind))} />
            <Input.TextArea aria-label={`第${qi + 1}题题干`} placeholder="题干" rows={2} maxLength={500} value={q.text}
              onChange={(e) => setQuestion(qi, { ...q, text: e.target.value })} />
            {q.options.map((o, oi) => (
              <Space key={o.id ?? `new-${oi}`} style={{ width: '100%' }} align="center">
                {q.kind === 'multipleChoice' ? (
                  <Checkbox aria-label={`第${qi + 1}题选项${oi + 1}为正确答案`} checked={o.isCorrect} onChange={() => setQuestion(qi, toggleCorrect(q, oi))} />
                ) : (
                  <Radio aria-label={`第${qi + 1}题选项${oi + 1}为正确答案`} checked={o.isCorrect} onChange={() => setQuestion(qi, toggleCorrect(q, oi))} />
                )}
                <Input aria-label={`第${qi + 1}题选项${oi + 1}`} value={o.text} maxLength={200} disabled={q.kind === 'trueFalse'}
                  onChange={(e) => setQuestion(qi, { ...q, options: q.options.map((x, i) => (i === oi ? { ...x, text: e.target.value } : x)) })} />
                {q.kind !== 'trueFalse' && q.options.length > 2 && (
                  <Button size="small" onClick={() => setQuestion(qi, { ...q, options: q.options.filter((_, i) => i !== oi) })}>删</Button>
                )}
              </Space>
            ))}
            {q.kind !== 'trueFalse' && q.options.length < 10 && (
              <Button size="small" onClick={() => setQuestion(qi, { ...q, options: [...q.options, { text: '', isCorrect: false }] })}>添加选项</Button>
            )}
          </Space>
        </Card>
      ))}
      <Space wrap>
        {(Object.keys(QUESTION_KIND_LABELS) as QuestionKind[]).map((kind) => (
          <Button key={kind} onClick={() => onChange({ ...quiz, questions: [...quiz.questions, newQuestion(kind)] })}>
            添加{QUESTION_KIND_LABELS[kind]}
          </Button>
        ))}
      </Space>
    </Space>
  );
}
