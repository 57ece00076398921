import { Descriptions, Typography } from 'antd';
import type { CertificateProgramView } from '../../../api/xueshi-client';
import { formatHours } from '../../../shared/credit/credit';
import { formatDay } from '../../../shared/format/format';
import { HoursFigure } from './HoursFigure';

/** What every view of a certificate shows (the preview, 我的证书, the public page); name and ID number come masked. */
export interface CertificateFacts {
  title: string;
  holderName: string;
  idNumber: string;
  schoolName: string;
  totalHours: number;
  programs: CertificateProgramView[];
  issuedOn: string;
  issuer: string;
}

/** Hours per program and, under each, per course. */
export function ProgramHours({ programs }: { programs: CertificateProgramView[] }) {
  if (programs.length === 0) return null;
  return (
    <ul className="certificate-programs" data-testid="certificate-programs">
      {programs.map((p) => (
        <li key={p.programId} data-testid="certificate-program">
          <div className="certificate-programs__program">
            <span>{p.title}</span>
            <span className="certificate-programs__hours">{formatHours(p.hours)} 学时</span>
          </div>
          {p.courses.length > 0 && (
            <ul className="certificate-programs__courses">
              {p.courses.map((c, i) => (
                <li key={`${c.title}-${i}`}>
                  <span>{c.title}</span>
                  <span className="certificate-programs__hours">{formatHours(c.hours)} 学时</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}

/** 证书名称, 姓名, 证件号码, 所在学校, 学时 (in all, then per program and course), 发证单位, 发证日期. */
export function CertificateDetails({ facts, showTitle = true }: { facts: CertificateFacts; showTitle?: boolean }) {
  return (
    <div className="certificate-details">
      <Descriptions column={1} size="small" bordered className="certificate-details__list">
        {showTitle && <Descriptions.Item label="证书名称">{facts.title}</Descriptions.Item>}
        <Descriptions.Item label="姓名"><span data-testid="certificate-holder">{facts.holderName}</span></Descriptions.Item>
        <Descriptions.Item label="证件号码"><span data-testid="certificate-id-number">{facts.idNumber}</span></Descriptions.Item>
        <Descriptions.Item label="所在学校">{facts.schoolName}</Descriptions.Item>
        <Descriptions.Item label="学时"><HoursFigure hours={facts.totalHours} testId="certificate-hours" /></Descriptions.Item>
        <Descriptions.Item label="发证单位">{facts.issuer}</Descriptions.Item>
        <Descriptions.Item label="发证日期"><span data-testid="certificate-issued-on">{formatDay(facts.issuedOn)}</span></Descriptions.Item>
      </Descriptions>
      {facts.programs.length > 0 && (
        <>
          <Typography.Text strong className="certificate-details__heading">学时明细</Typography.Text>
          <ProgramHours programs={facts.programs} />
        </>
      )}
    </div>
  );
}
