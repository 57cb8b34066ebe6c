/**
 * The boilerplate of the composed job postings: company blurbs, requirements, benefits, pay, schedules,
 * equal-opportunity statements and application instructions, in the styles job boards show. Written
 * for the benchmark; the duties come from O*NET, never from here.
 */

export const COMPANIES = [
  "Northwind Regional Services",
  "Harbor & Pine Group",
  "Bluestem Health Partners",
  "Cardinal Logistics LLC",
  "Meridian Public Works Authority",
  "Summit Ridge Manufacturing",
  "Lakeside Community Foundation",
  "Ironbridge Technologies",
] as const;

export const ABOUT = [
  "{company} is a family-owned business that has served our community for more than 40 years. We believe our people are our greatest asset and we invest in their growth.",
  "At {company}, we are on a mission to make everyday life easier for the customers and communities we serve. Join a team that values integrity, teamwork and continuous improvement.",
  "{company} is a fast-growing organization with locations across the region. We offer a collaborative, inclusive culture where every voice is heard.",
  "Founded in 1998, {company} is an award-winning employer recognized as a Top Workplace five years running. Our values: Respect, Ownership, Excellence.",
  "Who we are: {company} delivers trusted services to thousands of clients every year. We are committed to safety, quality and the well-being of our employees.",
] as const;

export const ABOUT_HEADINGS = ["About Us", "About the Company", "Who We Are", "Company Overview", "Our Story"] as const;
export const DUTY_HEADINGS = ["Responsibilities", "Key Responsibilities", "What You'll Do", "Job Duties", "Essential Duties and Responsibilities", "Your Role"] as const;
export const REQUIREMENT_HEADINGS = ["Requirements", "Qualifications", "What We're Looking For", "Minimum Qualifications", "Skills & Experience"] as const;
export const BENEFIT_HEADINGS = ["Benefits", "What We Offer", "Perks & Benefits", "Why Join Us?"] as const;

export const DUTY_INTROS = [
  "",
  "In this role you will:",
  "The successful candidate will be responsible for the following:",
  "Duties include but are not limited to:",
  "A typical week includes:",
] as const;

/** Prefixes that change a duty's structure, not its words. */
export const DUTY_PREFIXES = ["", "", "You will ", "Ability to "] as const;

export const REQUIREMENTS = [
  "High school diploma or GED required; associate or bachelor's degree preferred.",
  "2+ years of related experience.",
  "3-5 years of experience in a similar role.",
  "Strong verbal and written communication skills.",
  "Ability to work independently and as part of a team.",
  "Must be able to lift up to 50 lbs and stand for extended periods.",
  "Valid driver's license and clean driving record.",
  "Must pass a background check and drug screening.",
  "Excellent attention to detail and time management.",
  "Proficient in Microsoft Office (Word, Excel, Outlook).",
  "Bilingual (English/Spanish) a plus.",
  "Must be 18 years of age or older.",
] as const;

export const TECHNOLOGY_LINES = ["Experience with {tools} preferred.", "Familiarity with {tools}.", "Working knowledge of {tools} is a plus."] as const;

export const BENEFITS = [
  "Medical, dental and vision insurance",
  "401(k) with company match",
  "Paid time off and paid holidays",
  "Employee assistance program",
  "Tuition reimbursement",
  "Life insurance",
  "Paid parental leave",
  "Employee discount",
  "Referral program",
  "Flexible spending account",
] as const;

export const PAY = [
  "Pay: ${low}.00 - ${high}.00 per hour",
  "Salary range: ${low},000 - ${high},000 per year, depending on experience",
  "Compensation: ${low}-${high}/hr DOE",
  "Starting at ${low}.50/hour",
] as const;

export const SCHEDULES = [
  "Schedule: Monday to Friday, 8 hour shift",
  "Schedule:\n- Day shift\n- Weekends as needed\n- Overtime",
  "Job Type: Full-time",
  "Job Types: Full-time, Part-time",
  "Shift: 2nd shift (3:00 PM - 11:30 PM), rotating weekends",
  "Work Location: In person",
] as const;

export const EEO = [
  "{company} is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.",
  "We are proud to be an equal opportunity workplace and an affirmative action employer. We are committed to equal employment opportunity regardless of race, color, ancestry, religion, sex, national origin, sexual orientation, age, citizenship, marital status, disability, gender identity or Veteran status.",
  "EOE/M/F/D/V. Reasonable accommodations are available upon request for candidates taking part in all aspects of the selection process.",
] as const;

export const APPLY = [
  "How to apply: submit your resume and cover letter through our careers page. Only candidates selected for an interview will be contacted.",
  "Interested? Click Apply Now! We review applications on a rolling basis.",
  "To apply, please send your resume to careers@example.com with the job title in the subject line.",
  "Apply today and a recruiter will be in touch within 48 hours.",
] as const;

export const TITLE_DECORATIONS = ["", "", " - Full Time", " (Day Shift)", " | Immediate Start", " - $2,000 Sign-On Bonus", " II"] as const;
export const LOCATIONS = ["Springfield, IL", "Columbus, OH", "Tacoma, WA", "Raleigh, NC", "Remote (US)", "Denver, CO"] as const;
