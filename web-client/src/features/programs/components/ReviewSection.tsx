import { Alert, Button, Form, Input, List, Rate, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SaveMyReview } from '../../../api/xueshi-client';
import { formatChinaDate } from '../../../shared/format/format';
import { toProblem } from '../../../shared/problem/problem';
import { programKeys, programsApi, useReviews } from '../programsApi';
import { ratingLabel } from '../programs';

/** 课程评价: the reviews, newest first, and the reader's own (one, editable) when enrolled. */
export function ReviewSection({ courseId, programId, enrolled }: { courseId: string; programId: string; enrolled: boolean }) {
  const reviews = useReviews(courseId);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (body: SaveMyReview) => programsApi.saveMyReview(courseId, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: programKeys.reviews(courseId) });
      await queryClient.invalidateQueries({ queryKey: programKeys.course(programId, courseId) });
    },
  });
  const data = reviews.data;

  return (
    <section aria-labelledby="reviews-heading">
      <Typography.Title level={3} id="reviews-heading" className="section-title">
        课程评价 {data && <Typography.Text type="secondary">{ratingLabel(data.rating.average, data.rating.count)}</Typography.Text>}
      </Typography.Title>
      {enrolled && data && (
        <Form<SaveMyReview>
          layout="vertical"
          key={data.mine?.updatedAt ?? 'new'}
          initialValues={{ stars: data.mine?.stars ?? 5, comment: data.mine?.comment ?? '' }}
          onFinish={(values) => save.mutate(values)}
        >
          <Form.Item name="stars" label="评分">
            <Rate aria-label="评分" />
          </Form.Item>
          <Form.Item name="comment" label="评价内容">
            <Input.TextArea maxLength={500} showCount rows={3} />
          </Form.Item>
          {save.isError && <Alert type="error" showIcon message={toProblem(save.error).title} />}
          <Button htmlType="submit" loading={save.isPending}>
            {data.mine ? '修改评价' : '发表评价'}
          </Button>
        </Form>
      )}
      {!enrolled && <Typography.Paragraph type="secondary">报名后可评价课程。</Typography.Paragraph>}
      <List
        dataSource={data?.items ?? []}
        loading={reviews.isPending}
        rowKey={(r) => `${r.reviewerName}-${r.createdAt}`}
        locale={{ emptyText: '暂无评价' }}
        renderItem={(r) => (
          <List.Item>
            <List.Item.Meta
              title={
                <>
                  {r.reviewerName} <Rate disabled value={r.stars} className="review-stars" />
                </>
              }
              description={
                <>
                  {r.comment && <Typography.Paragraph className="review-comment">{r.comment}</Typography.Paragraph>}
                  <Typography.Text type="secondary">{formatChinaDate(r.updatedAt)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </section>
  );
}
