/**
 * Word lists for the synthetic network's names. People's names are common British first names and
 * surnames drawn at random, so they look real but belong to no one in the roles they are given;
 * places are made from common English place-name parts, so councils read like councils without
 * being any real one (a generated name may match a real place by chance; nothing else about it does).
 */
// prettier-ignore
export const FIRST_NAMES = [
  'Aaron', 'Abigail', 'Adam', 'Aisha', 'Alan', 'Alice', 'Alison', 'Amanda', 'Amir', 'Amy', 'Andrew', 'Angela',
  'Anna', 'Anthony', 'Asha', 'Barbara', 'Ben', 'Beth', 'Bilal', 'Brian', 'Bronwen', 'Callum', 'Carl', 'Carol',
  'Caroline', 'Catherine', 'Charlotte', 'Chloe', 'Chris', 'Claire', 'Colin', 'Craig', 'Daniel', 'David', 'Dawn',
  'Deborah', 'Declan', 'Deepak', 'Diane', 'Dominic', 'Donna', 'Eilidh', 'Eleanor', 'Elizabeth', 'Emily', 'Emma',
  'Eoin', 'Fatima', 'Fiona', 'Frances', 'Gareth', 'Gary', 'Gemma', 'Geoffrey', 'Graham', 'Hannah', 'Harriet',
  'Hassan', 'Helen', 'Ian', 'Imran', 'Isla', 'Jack', 'James', 'Jane', 'Janet', 'Jason', 'Jennifer', 'Jessica',
  'Joanne', 'John', 'Jonathan', 'Joseph', 'Julie', 'Karen', 'Kate', 'Keith', 'Kevin', 'Kirsty', 'Laura', 'Lee',
  'Leanne', 'Lisa', 'Louise', 'Lucy', 'Mark', 'Martin', 'Matthew', 'Megan', 'Michael', 'Michelle', 'Mohammed',
  'Natalie', 'Neil', 'Nicola', 'Niamh', 'Nigel', 'Olivia', 'Owen', 'Patrick', 'Paul', 'Peter', 'Philip', 'Priya',
  'Rachel', 'Rajesh', 'Rebecca', 'Rhys', 'Richard', 'Robert', 'Ruth', 'Ryan', 'Sally', 'Samantha', 'Sarah',
  'Sean', 'Shabana', 'Sharon', 'Simon', 'Siobhan', 'Sophie', 'Stephen', 'Stuart', 'Susan', 'Tariq', 'Thomas',
  'Tim', 'Tom', 'Tracey', 'Victoria', 'Wendy', 'William', 'Yasmin', 'Zoe',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Adams', 'Ahmed', 'Ali', 'Allen', 'Anderson', 'Armstrong', 'Atkinson', 'Bailey', 'Baker', 'Barker', 'Barnes',
  'Bell', 'Bennett', 'Begum', 'Brooks', 'Brown', 'Burton', 'Butler', 'Campbell', 'Carter', 'Chapman', 'Clarke',
  'Cole', 'Collins', 'Cook', 'Cooper', 'Cox', 'Davies', 'Dawson', 'Dixon', 'Doherty', 'Edwards', 'Ellis', 'Evans',
  'Fisher', 'Fletcher', 'Foster', 'Fraser', 'Gibson', 'Graham', 'Grant', 'Gray', 'Green', 'Griffiths', 'Hall',
  'Hamilton', 'Harris', 'Harrison', 'Hart', 'Hill', 'Holmes', 'Hughes', 'Hunt', 'Hussain', 'Jackson', 'James',
  'Jenkins', 'Johnson', 'Jones', 'Kaur', 'Kelly', 'Kennedy', 'Khan', 'King', 'Knight', 'Lawrence', 'Lee', 'Lewis',
  'Lloyd', 'Macdonald', 'Marshall', 'Martin', 'Mason', 'Matthews', 'McLean', 'Mills', 'Mitchell', 'Moore',
  'Morgan', 'Morris', 'Murphy', 'Murray', 'Owen', 'Palmer', 'Parker', 'Patel', 'Pearson', 'Phillips', 'Powell',
  'Price', 'Quinn', 'Reid', 'Richards', 'Roberts', 'Robertson', 'Robinson', 'Rogers', 'Ross', 'Russell',
  'Saunders', 'Scott', 'Shah', 'Sharma', 'Shaw', 'Simpson', 'Singh', 'Smith', 'Stevens', 'Stewart', 'Taylor',
  'Thomas', 'Thompson', 'Turner', 'Walker', 'Wallace', 'Ward', 'Watson', 'Webb', 'Wells', 'White', 'Williams',
  'Wilson', 'Wood', 'Wright', 'Young',
] as const;

// prettier-ignore
export const PLACE_STARTS = [
  'Ash', 'Alder', 'Bar', 'Beck', 'Black', 'Bram', 'Brad', 'Broad', 'Brook', 'Bur', 'Cal', 'Carr', 'Chal', 'Chester',
  'Clay', 'Cold', 'Cran', 'Dale', 'Dun', 'East', 'Elm', 'Fair', 'Fal', 'Fern', 'Glen', 'Gold', 'Gran', 'Green',
  'Hal', 'Ham', 'Hart', 'Hazel', 'High', 'Holm', 'Kel', 'Kings', 'Lang', 'Lark', 'Lea', 'Lin', 'Long', 'Marl',
  'Mel', 'Mid', 'Mill', 'Moor', 'Nether', 'New', 'North', 'Oak', 'Ot', 'Pen', 'Red', 'Rid', 'Rother', 'Rush',
  'Sand', 'Sel', 'Shel', 'South', 'Stan', 'Stock', 'Stone', 'Sut', 'Thorn', 'Wal', 'War', 'Wes', 'West', 'Whit',
  'Wick', 'Willow', 'Win', 'Wood', 'Wych', 'Yar',
] as const;

// prettier-ignore
export const PLACE_ENDS = [
  'bridge', 'brook', 'bury', 'by', 'caster', 'combe', 'dale', 'den', 'don', 'field', 'ford', 'gate', 'ham',
  'hampton', 'holme', 'hurst', 'ing', 'leigh', 'ley', 'low', 'mere', 'minster', 'mouth', 'ness', 'port', 'stead',
  'stow', 'thorpe', 'ton', 'wardine', 'well', 'wich', 'wick', 'worth',
] as const;

/** Topics of national bodies and programmes: what local public services work on together. */
// prettier-ignore
export const TOPICS = [
  'Digital', 'Data', 'Technology', 'Cyber Security', 'Information Governance', 'Procurement', 'Transformation',
  'Finance', 'Housing', 'Social Care', 'Public Health', 'Education', 'Planning', 'Transport', 'Waste and Recycling',
  'Climate Action', 'Shared Services', 'Customer Services', 'Workforce', 'Open Standards', 'Broadband',
  'Smart Places', 'Libraries', 'Emergency Planning', 'Revenues and Benefits', 'Adult Learning', 'Community Safety',
] as const;
