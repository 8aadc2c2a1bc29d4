/** The donation zone's input schemas (functions parse every input with these; pages import ./donation instead). */
import * as z from 'zod';
import { actionInputs } from './inputs.schema';
import { IdSchema as id } from './fields.schema';
import { DONATION_RULES as R, DONATION_STATES, DONATION_UNITS, DONOR_KINDS, type DonationAction, type DonationInputs } from './donation';
import { pageFields } from './paging.schema';
import type { AllSame, Same } from './same';

const paging = pageFields();
const name = (label: string) => z.string(`请填写${label}`).trim().min(1, `请填写${label}`).max(R.nameMax, `${label}最多${R.nameMax}个字`);
const phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '请填写11位手机号')
  .optional();
const note = z.string().trim().max(R.noteMax, `备注最多${R.noteMax}个字`).optional();
const qty = z.number('请填写数量').int('数量须为整数').min(1, '数量至少为1').max(R.qtyMax, `数量最多${R.qtyMax}`);

export const DonationInput = actionInputs({
  registerDonation: () =>
    z.object({
      stationId: id,
      item: z.string('请填写物资名称').trim().min(1, '请填写物资名称').max(R.itemMax, `物资名称最多${R.itemMax}个字`),
      qty,
      unit: z.enum(DONATION_UNITS, '请选择单位'),
      donorKind: z.enum(DONOR_KINDS, '请选择捐赠方'),
      donorName: name('捐赠方名称'),
      donorPhone: phone,
      note,
    }),
  confirmDonation: () => z.object({ donationId: id, accept: z.boolean('请选择是否接收'), note }),
  stationDonations: () => z.object({ nodeId: id, state: z.enum(DONATION_STATES).optional(), ...paging }),
  myDonations: () => z.object({ ...paging }),
  recordHandover: () =>
    z.object({
      donationId: id,
      qty,
      recipientName: name('受助户姓名'),
      recipientPhone: phone,
      handedAt: z.number().int().min(0).optional(),
      note,
    }),
  handovers: () => z.object({ donationId: id, ...paging }),
}) satisfies Record<DonationAction, z.ZodType>;

export const _donationInputsMatch: AllSame<{ [A in DonationAction]: Same<z.input<(typeof DonationInput)[A]>, DonationInputs[A]> }> = true;
