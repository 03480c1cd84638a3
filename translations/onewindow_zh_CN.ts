<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>The simulated %1 is unplugged (scenario).</source>
        <translation>模拟%1已断开（场景设置）。</translation>
    </message>
</context>
<context>
    <name>ow::casework</name>
    <message>
        <source>The case is already %1.</source>
        <translation>该业务已经是“%1”状态。</translation>
    </message>
    <message>
        <source>The case is %1 and therefore closed; its status cannot change any more. Start a new case if the citizen applies again.</source>
        <translation>该业务已“%1”，已经结束，状态不能再变更。群众再次申请时请新建业务。</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2. It can become: %3.</source>
        <translation>“%1”的业务不能变为“%2”。可以变为：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of statuses</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Give the reason why the case becomes %1; it is written on the notice the citizen receives.</source>
        <translation>请填写业务变为“%1”的原因；原因将写入给群众的告知书。</translation>
    </message>
    <message>
        <source>The text message template is missing.</source>
        <translation>短信模板缺失。</translation>
    </message>
    <message>
        <source>The text message needs a value for %1.</source>
        <translation>短信缺少%1的内容。</translation>
    </message>
    <message>
        <source>The text message would contain an ID or phone number. Check the fields.</source>
        <translation>短信中将包含身份证号码或手机号码，请检查填写的内容。</translation>
    </message>
    <message>
        <source>There is no phone number to send to.</source>
        <translation>没有可发送的手机号码。</translation>
    </message>
</context>
<context>
    <name>ow::casework::Appointments</name>
    <message>
        <source>An appointment has no valid %1.</source>
        <translation>预约缺少有效的 %1。</translation>
    </message>
    <message>
        <source>The appointments could not be read.</source>
        <translation>无法读取预约。</translation>
    </message>
    <message>
        <source>The appointments could not be saved.</source>
        <translation>无法保存预约。</translation>
    </message>
    <message>
        <source>The appointments file is not valid JSON.</source>
        <translation>预约文件不是有效的 JSON。</translation>
    </message>
</context>
<context>
    <name>ow::casework::Intake</name>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Accept, materials to follow</source>
        <translation>受理，材料后补</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Bank card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <source>Mobile payment (QR code)</source>
        <translation>扫码支付</translation>
    </message>
    <message>
        <source>No citizen identified: read the ID card (F2) or verify by face (F3).</source>
        <translation>尚未核验身份：请读取身份证（F2）或刷脸核验（F3）。</translation>
    </message>
    <message>
        <source>No matter chosen: find one with F4.</source>
        <translation>尚未选择事项：按 F4 查找。</translation>
    </message>
    <message>
        <source>%1: this matter is not in the catalog %2; choose it again (F4).</source>
        <translation>%1：事项目录 %2 中没有该事项，请重新选择（F4）。</translation>
    </message>
    <message>
        <source>%1: choose the reason for refusing.</source>
        <translation>%1：请选择不予受理的理由。</translation>
    </message>
    <message>
        <source>%1: write the reason for refusing.</source>
        <translation>%1：请填写不予受理的理由。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n question(s) still open.</source>
        <translation>
            <numerusform>%1：还有 %n 个问题未回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n material(s) not handed over: tick them, or accept with a deficiency notice.</source>
        <translation>
            <numerusform>%1：有 %n 项材料未收取：请勾选已收材料，或选择“受理，材料后补”并出具一次性告知单。</numerusform>
        </translation>
    </message>
    <message>
        <source>The citizen has not confirmed the details yet: show them on the citizen screen (F8).</source>
        <translation>群众尚未核对确认：请在群众屏上展示（F8）。</translation>
    </message>
    <message>
        <source>The citizen has not signed yet (signature pad).</source>
        <translation>群众尚未签名（签名板）。</translation>
    </message>
    <message>
        <source>The matter is not within the competence of this office.</source>
        <translation>申请事项不属于本机关职权范围。</translation>
    </message>
    <message>
        <source>The applicant does not meet the conditions to apply.</source>
        <translation>申请人不具备申请资格。</translation>
    </message>
    <message>
        <source>The matter requires no permit by law.</source>
        <translation>申请事项依法不需要取得行政许可。</translation>
    </message>
    <message>
        <source>The materials submitted are false.</source>
        <translation>申请材料存在虚假内容。</translation>
    </message>
    <message>
        <source>The legal time limit for applying has passed.</source>
        <translation>已超过法定申请期限。</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <source>Delivery by mail: enter the recipient and the address.</source>
        <translation>邮寄送达：请填写收件人和收件地址。</translation>
    </message>
    <message>
        <source>Delivery by mail: enter a phone number the courier can call.</source>
        <translation>邮寄送达：请填写快递员可联系的电话。</translation>
    </message>
</context>
<context>
    <name>ow::catalog</name>
    <message>
        <source>Catalog error in %1: %2</source>
        <translation>事项目录错误（%1）：%2</translation>
    </message>
    <message>
        <source>a condition is an object with exactly one operator</source>
        <translation>条件必须是只含一个运算符的对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a non-empty list of conditions</source>
        <translation>“%1”需要一个非空的条件列表</translation>
    </message>
    <message>
        <source>&quot;answered&quot; names a question</source>
        <translation>“answered”须给出一个问题</translation>
    </message>
    <message>
        <source>&quot;%1&quot; takes [question, value]</source>
        <translation>“%1”的格式为 [问题, 值]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares with one value</source>
        <translation>“%1”只能与一个值比较</translation>
    </message>
    <message>
        <source>&quot;in&quot; takes a non-empty list of values</source>
        <translation>“in”需要一个非空的值列表</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>未知的运算符“%1”</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>户政</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>交管</translation>
    </message>
    <message>
        <source>Exit-entry</source>
        <translation>出入境</translation>
    </message>
    <message>
        <source>Public order</source>
        <translation>治安</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>……另有 %n 处错误</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>无法读取文件（%1）</translation>
    </message>
    <message>
        <source>not valid JSON at line %1: %2</source>
        <translation>第 %1 行不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为“%1”</translation>
    </message>
    <message>
        <source>must be dot-separated numbers, like 2026.11.1</source>
        <translation>必须是以点分隔的数字，如 2026.11.1</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>必须是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>only the top document may list parts</source>
        <translation>只有总目录文件可以列出分册</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be {&quot;zh&quot;: …, &quot;en&quot;: …}</source>
        <translation>必须为 {&quot;zh&quot;: …, &quot;en&quot;: …}</translation>
    </message>
    <message>
        <source>the Chinese text is missing</source>
        <translation>缺少中文文本</translation>
    </message>
    <message>
        <source>the English text is missing</source>
        <translation>缺少英文文本</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须是列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case letters, digits and _</source>
        <translation>“%1”只能由小写字母、数字和 _ 组成</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>必须是不小于 %1 的整数</translation>
    </message>
    <message>
        <source>a matter must be an object</source>
        <translation>事项必须是一个对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a matter code (like HZ-SFZ-HL)</source>
        <translation>“%1”不是事项编码（如 HZ-SFZ-HL）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of household, traffic, exitentry, publicorder, other</source>
        <translation>“%1”不是 household、traffic、exitentry、publicorder、other 之一</translation>
    </message>
    <message>
        <source>name at least one law or regulation</source>
        <translation>至少写明一部法律或法规</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>an instant matter has no deadline</source>
        <translation>即来即办事项没有承诺时限</translation>
    </message>
    <message>
        <source>a matter needs at least one material</source>
        <translation>事项至少需要一项材料</translation>
    </message>
    <message>
        <source>needs at least one original or copy</source>
        <translation>原件和复印件至少要有一份</translation>
    </message>
    <message>
        <source>an exemption cannot raise the fee</source>
        <translation>减免不能提高收费</translation>
    </message>
    <message>
        <source>ends before it starts</source>
        <translation>结束日期早于开始日期</translation>
    </message>
    <message>
        <source>the code is used by another matter</source>
        <translation>该编码已被其他事项使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of single, multiple, number, date</source>
        <translation>“%1”不是 single、multiple、number、date 之一</translation>
    </message>
    <message>
        <source>a choice needs at least two options</source>
        <translation>选择题至少需要两个选项</translation>
    </message>
    <message>
        <source>only choice questions have options</source>
        <translation>只有选择题才有选项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another option</source>
        <translation>“%1”已被另一个选项使用</translation>
    </message>
    <message>
        <source>is below min</source>
        <translation>小于最小值</translation>
    </message>
    <message>
        <source>only number questions have bounds</source>
        <translation>只有数字题才有取值范围</translation>
    </message>
    <message>
        <source>unknown question &quot;%1&quot;</source>
        <translation>未知问题“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a multiple choice: use &quot;has&quot;</source>
        <translation>“%1”是多选题：请用 &quot;has&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>“%1”没有选项“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number question: compare with a number</source>
        <translation>“%1”是数字题：请与数字比较</translation>
    </message>
    <message>
        <source>&quot;has&quot; needs a multiple choice, &quot;%1&quot; is not one</source>
        <translation>&quot;has&quot; 只能用于多选题，“%1”不是多选题</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a date question: compare with a date</source>
        <translation>“%1”是日期题：请与日期比较</translation>
    </message>
    <message>
        <source>&quot;lt&quot; and &quot;gt&quot; need a number or date question, &quot;%1&quot; is a choice</source>
        <translation>&quot;lt&quot; 和 &quot;gt&quot; 只能用于数字题或日期题，“%1”是选择题</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>“%1”重复使用</translation>
    </message>
    <message>
        <source>questions depend on each other in a cycle: %1</source>
        <translation>问题之间循环依赖：%1</translation>
    </message>
    <message>
        <source>reads &quot;%1&quot;, which is asked only later (question %2): move it earlier</source>
        <translation>引用了“%1”，但它在后面（第 %2 题）才问：请把它移到前面</translation>
    </message>
    <message>
        <source>a multiple choice may have at most 10 options</source>
        <translation>多选题最多 10 个选项</translation>
    </message>
    <message>
        <source>no answers lead to this question: it is never asked</source>
        <translation>没有任何答案会引出此问题：它永远不会被问到</translation>
    </message>
    <message>
        <source>no situation needs this material</source>
        <translation>没有任何情形需要这项材料</translation>
    </message>
    <message>
        <source>the catalog has no matters</source>
        <translation>目录中没有事项</translation>
    </message>
    <message>
        <source>The built-in service catalog is damaged; reinstall the client.</source>
        <translation>内置的服务目录已损坏，请重新安装客户端。</translation>
    </message>
    <message>
        <source>Catalog version %1 is not on this workstation.</source>
        <translation>本工作站没有 %1 版的目录。</translation>
    </message>
    <message>
        <source>Catalog version %1 on this workstation is damaged.</source>
        <translation>本工作站上 %1 版的目录已损坏。</translation>
    </message>
    <message numerus="yes">
        <source>The catalog in %1 has %n error(s) and was not installed:
%2</source>
        <translation>
            <numerusform>%1 中的目录有 %n 处错误，未安装：
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is one part of a catalog, without a version: install the catalog file that lists it.</source>
        <translation>%1 只是目录的一个分册，没有版本号：请安装列出它的总目录文件。</translation>
    </message>
    <message>
        <source>Catalog %1 is older than the one in use (%2) and was not installed.</source>
        <translation>目录 %1 比正在使用的（%2）旧，未安装。</translation>
    </message>
    <message>
        <source>Cannot create the catalog folder %1.</source>
        <translation>无法创建目录文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the catalog to %1: %2</source>
        <translation>无法将目录写入 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; compares with a number or a date (YYYY-MM-DD)</source>
        <translation>“%1”只能与数字或日期（YYYY-MM-DD）比较</translation>
    </message>
    <message>
        <source>none of these</source>
        <translation>以上都没有</translation>
    </message>
    <message>
        <source>The catalog in %1 could not be read again to install it.</source>
        <translation>无法再次读取 %1 中的目录，未安装。</translation>
    </message>
    <message>
        <source>The catalog in %1 changed while it was being installed; nothing was installed.</source>
        <translation>%1 中的目录在安装过程中发生了变化，未安装任何内容。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an option of this single choice</source>
        <translation>“%1”不是该单选题的选项</translation>
    </message>
    <message>
        <source>&quot;age&quot; needs a number question</source>
        <translation>“age”只能用于数字题</translation>
    </message>
    <message>
        <source>&quot;validity&quot; needs a single choice with the options expired, soon and early</source>
        <translation>“validity”只能用于含 expired、soon、early 三个选项的单选题</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of age, validity</source>
        <translation>“%1”不是 age、validity 之一</translation>
    </message>
</context>
<context>
    <name>ow::cli</name>
    <message>
        <source>Usage: onewindow-cli devices list</source>
        <translation>用法：onewindow-cli devices list</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli id check NUMBER [--as-of YYYY-MM-DD]
       onewindow-cli id upgrade NUMBER15</source>
        <translation>用法：onewindow-cli id check 号码 [--as-of YYYY-MM-DD]
      onewindow-cli id upgrade 15位号码</translation>
    </message>
    <message>
        <source>Invalid --as-of date &quot;%1&quot;: use YYYY-MM-DD.</source>
        <translation>--as-of 日期“%1”无效：请使用 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>Missing id subcommand: use check or upgrade.</source>
        <translation>缺少 id 子命令：请使用 check 或 upgrade。</translation>
    </message>
    <message>
        <source>Unknown id subcommand &quot;%1&quot;: use check or upgrade.</source>
        <translation>未知的 id 子命令“%1”：请使用 check 或 upgrade。</translation>
    </message>
    <message>
        <source>Missing NUMBER after &quot;id %1&quot;.</source>
        <translation>“id %1”后缺少号码。</translation>
    </message>
    <message>
        <source>Too many arguments after &quot;id %1&quot;: give one number.</source>
        <translation>“id %1”后参数过多：请只给一个号码。</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use counter, housecall or practice.</source>
        <translation>未知的工作模式“%1”：请使用 counter、housecall 或 practice。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli self-test [--profile NAME] [--data-dir DIR]</source>
        <translation>用法：onewindow-cli self-test [--profile 模式] [--data-dir 目录]</translation>
    </message>
    <message>
        <source>data folder</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>schema %1, integrity ok</source>
        <translation>结构版本 %1，完整性正常</translation>
    </message>
    <message>
        <source>skipped: no data folder</source>
        <translation>已跳过：没有数据目录</translation>
    </message>
    <message>
        <source>%1 usable in %2</source>
        <translation>%2 中有 %1 个可用</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>；已跳过：%1</translation>
    </message>
    <message>
        <source>; configured but not usable: %1</source>
        <translation>；已配置但不可用：%1</translation>
    </message>
    <message>
        <source>device plugins</source>
        <translation>设备驱动插件</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>none configured for this profile</source>
        <translation>本模式未配置设备</translation>
    </message>
    <message>
        <source>Self-test passed.</source>
        <translation>自检通过。</translation>
    </message>
    <message>
        <source>Self-test FAILED.</source>
        <translation>自检未通过。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli audit verify [--profile NAME] [--data-dir DIR]</source>
        <translation>用法：onewindow-cli audit verify [--profile 模式] [--data-dir 目录]</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>Missing audit subcommand: use verify.</source>
        <translation>缺少 audit 子命令：请使用 verify。</translation>
    </message>
    <message>
        <source>Unknown audit subcommand &quot;%1&quot;: use verify.</source>
        <translation>未知的 audit 子命令“%1”：请使用 verify。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; after &quot;audit verify&quot;.</source>
        <translation>“audit verify”后有多余参数“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) checked.</source>
        <translation>
            <numerusform>审计日志完整：已检查 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log broken at row %1: %2</source>
        <translation>审计日志在第 %1 条记录处被破坏：%2</translation>
    </message>
    <message>
        <source>This command shows or changes personal data: give --officer NUMBER (password from OW_PASSWORD or stdin).</source>
        <translation>此命令会显示或修改个人信息：请用 --officer 警号 登录（密码取自 OW_PASSWORD 或标准输入）。</translation>
    </message>
    <message>
        <source>Password for officer %1: </source>
        <translation>警号 %1 的密码：</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use officer, supervisor, trainer or admin.</source>
        <translation>未知的角色“%1”：请使用 officer、supervisor、trainer 或 admin。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli officer add --number N --name NAME --role ROLE</source>
        <translation>用法：onewindow-cli officer add --number 警号 --name 姓名 --role 角色</translation>
    </message>
    <message>
        <source>Unknown cipher suite: use xchacha20poly1305 or sm4-ctr-hmac-sm3.</source>
        <translation>未知的加密算法：请使用 xchacha20poly1305 或 sm4-ctr-hmac-sm3。</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>Current password for %1: </source>
        <translation>%1 的当前密码：</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli officer add|list|passwd</source>
        <translation>用法：onewindow-cli officer add|list|passwd</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli officer passwd --officer NUMBER</source>
        <translation>用法：onewindow-cli officer passwd --officer 警号</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>%1 rows, chain intact</source>
        <translation>%1 条记录，哈希链完整</translation>
    </message>
    <message>
        <source>broken at row %1: %2</source>
        <translation>在第 %1 条记录处被破坏：%2</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli seed --cases N [--seed S] --officer NUMBER</source>
        <translation>用法：onewindow-cli seed --cases N [--seed S] --officer 警号</translation>
    </message>
    <message>
        <source>--cases must be a whole number from 1 to %1.</source>
        <translation>--cases 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed 必须是整数。</translation>
    </message>
    <message>
        <source>Seeding stopped after %1 cases: %2</source>
        <translation>已添加 %1 个业务后停止：%2</translation>
    </message>
    <message>
        <source>seeded %1 / %2</source>
        <translation>已添加 %1 / %2</translation>
    </message>
    <message>
        <source>seed fills only the practice profile: synthetic cases must never mix with real ones. Add --profile practice.</source>
        <translation>seed 只能用于练习模式：模拟业务绝不能与正式业务混在一起。请加上 --profile practice。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli card decode FILE
       onewindow-cli card read --port TTY [--baud N] [--timeout MS]
       onewindow-cli card simulate [--card FILE] [--scenario NAME] [--baud N]</source>
        <translation>用法：onewindow-cli card decode 文件
      onewindow-cli card read --port 串口 [--baud N] [--timeout 毫秒]
      onewindow-cli card simulate [--card 文件] [--scenario 场景] [--baud N]</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is neither a 256-byte card text block nor a reader&apos;s answer frame (%2 bytes).</source>
        <translation>%1 既不是 256 字节的证件文字信息块，也不是读卡器应答帧（%2 字节）。</translation>
    </message>
    <message>
        <source>The answer frame in %1 holds no card text.</source>
        <translation>%1 中的应答帧不含证件文字信息。</translation>
    </message>
    <message>
        <source>Missing --port: name the reader&apos;s serial port, for example --port /dev/ttyUSB0.</source>
        <translation>缺少 --port：请指定读卡器的串口，例如 --port /dev/ttyUSB0。</translation>
    </message>
    <message>
        <source>Invalid --baud &quot;%1&quot;: use 115200, 57600, 38400, 19200 or 9600.</source>
        <translation>--baud 值“%1”无效：请使用 115200、57600、38400、19200 或 9600。</translation>
    </message>
    <message>
        <source>Invalid --timeout &quot;%1&quot;: give milliseconds, for example 1000.</source>
        <translation>--timeout 值“%1”无效：请给出毫秒数，例如 1000。</translation>
    </message>
    <message>
        <source>The idreader-sam plugin offers no ID card reader.</source>
        <translation>idreader-sam 插件没有提供读卡器。</translation>
    </message>
    <message>
        <source>The reader gave no answer.</source>
        <translation>读卡器没有应答。</translation>
    </message>
    <message>
        <source>The card was not read: %1</source>
        <translation>未读到证件：%1</translation>
    </message>
    <message>
        <source>Card read: %1 %2</source>
        <translation>已读卡：%1 %2</translation>
    </message>
    <message>
        <source>Simulated ID card reader on %1 (scenario %2). Commands on standard input: scenario NAME, place [CARD], lift, unplug. Stop with Ctrl+C.</source>
        <translation>模拟读卡器运行在 %1（场景 %2）。可在标准输入中使用命令：scenario 场景名、place [证件]、lift、unplug。按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Scenario now %1.</source>
        <translation>当前场景：%1。</translation>
    </message>
    <message>
        <source>Unknown input &quot;%1&quot;: use scenario NAME, place [CARD], lift or unplug.</source>
        <translation>未知输入“%1”：请使用 scenario 场景名、place [证件]、lift 或 unplug。</translation>
    </message>
    <message>
        <source>Simulated reader stopped after %1 commands and %2 card reads.</source>
        <translation>模拟读卡器已停止，共处理 %1 条指令、%2 次读卡。</translation>
    </message>
    <message>
        <source>Missing card subcommand: use decode, read or simulate.</source>
        <translation>缺少 card 子命令：请使用 decode、read 或 simulate。</translation>
    </message>
    <message>
        <source>Give one FILE after &quot;card decode&quot;.</source>
        <translation>请在“card decode”后给出一个文件。</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after &quot;card %2&quot;.</source>
        <translation>“card %2”后有多余参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown card subcommand &quot;%1&quot;: use decode, read or simulate.</source>
        <translation>未知的 card 子命令“%1”：请使用 decode、read 或 simulate。</translation>
    </message>
    <message>
        <source>Demo accounts cannot view cards: log in with your own officer number.</source>
        <translation>演示账号不能查看证件：请用本人警号登录。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未做任何修改。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli catalog list [--category C] | catalog show CODE | catalog check FILE |
       catalog install FILE --officer N | guide CODE [--answers k=v,...] [--enumerate]
       [--catalog FILE] [--as-of YYYY-MM-DD]</source>
        <translation>用法：onewindow-cli catalog list [--category 类别] | catalog show 事项编码 | catalog check 文件 |
       catalog install 文件 --officer 警号 | guide 事项编码 [--answers 问题=答案,...] [--enumerate]
       [--catalog 文件] [--as-of YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>The catalog has errors; run &quot;catalog check&quot; on it.</source>
        <translation>该目录有错误；请先用 &quot;catalog check&quot; 检查。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;: use household, traffic, exitentry, publicorder or other.</source>
        <translation>未知类别“%1”：请用 household、traffic、exitentry、publicorder 或 other。</translation>
    </message>
    <message>
        <source>catalog show takes one matter code.</source>
        <translation>catalog show 需要一个事项编码。</translation>
    </message>
    <message>
        <source>No matter has the code &quot;%1&quot;.</source>
        <translation>没有编码为“%1”的事项。</translation>
    </message>
    <message>
        <source>catalog check takes one file.</source>
        <translation>catalog check 需要一个文件。</translation>
    </message>
    <message>
        <source>catalog install takes one file.</source>
        <translation>catalog install 需要一个文件。</translation>
    </message>
    <message>
        <source>Only a duty chief (supervisor) or an admin may install a catalog.</source>
        <translation>只有值班长或管理员可以安装目录。</translation>
    </message>
    <message>
        <source>Missing catalog subcommand: use list, show, check or install.</source>
        <translation>缺少 catalog 子命令：请用 list、show、check 或 install。</translation>
    </message>
    <message>
        <source>Unknown catalog subcommand &quot;%1&quot;.</source>
        <translation>未知的 catalog 子命令“%1”。</translation>
    </message>
    <message>
        <source>guide takes one matter code.</source>
        <translation>guide 需要一个事项编码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question of %2 (see catalog show).</source>
        <translation>“%1”不是 %2 的问题（见 catalog show）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer to &quot;%2&quot;.</source>
        <translation>“%1”不是问题“%2”的有效答案。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli photo standardize IN OUT [--spec id-card|exit-entry] [--models DIR]
       onewindow-cli photo sheet IN OUT.pdf
       onewindow-cli face verify A B [--models DIR]</source>
        <translation>用法：onewindow-cli photo standardize 输入 输出 [--spec id-card|exit-entry] [--models 目录]
      onewindow-cli photo sheet 输入 输出.pdf
      onewindow-cli face verify 照片A 照片B [--models 目录]</translation>
    </message>
    <message>
        <source>Cannot read the picture %1.</source>
        <translation>无法读取图片 %1。</translation>
    </message>
    <message>
        <source>photo standardize needs IN and OUT.</source>
        <translation>photo standardize 需要输入和输出文件。</translation>
    </message>
    <message>
        <source>Unknown photo spec &quot;%1&quot;: use id-card or exit-entry.</source>
        <translation>未知的照片规格“%1”：请用 id-card 或 exit-entry。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The photo does not meet the %1 specification:</source>
        <translation>照片不符合%1照片规格：</translation>
    </message>
    <message>
        <source>photo sheet needs IN and OUT.pdf.</source>
        <translation>photo sheet 需要输入图片和输出 PDF 文件。</translation>
    </message>
    <message>
        <source>photo needs a subcommand.</source>
        <translation>photo 需要子命令。</translation>
    </message>
    <message>
        <source>Unknown photo subcommand &quot;%1&quot;.</source>
        <translation>未知的 photo 子命令“%1”。</translation>
    </message>
    <message>
        <source>face verify needs two pictures.</source>
        <translation>face verify 需要两张图片。</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli notify remind-ready --officer NUMBER [--place TEXT] [--sms-lang zh|en]
       onewindow-cli notify pending</source>
        <translation>用法：onewindow-cli notify remind-ready --officer 警号 [--place 领取地点] [--sms-lang zh|en]
      onewindow-cli notify pending</translation>
    </message>
    <message numerus="yes">
        <source>%n pickup reminder(s) queued.</source>
        <translation>
            <numerusform>已排队 %n 条领取提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: onewindow-cli appointments import FILE --officer NUMBER
       onewindow-cli appointments list --officer NUMBER</source>
        <translation>用法：onewindow-cli appointments import 文件 --officer 警号
      onewindow-cli appointments list --officer 警号</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli [options] COMMAND ...

Commands:
  self-test                 check the profile&apos;s data folder, database, plugins and devices
  devices list              list device plugins and the devices they offer
  id check NUMBER           validate an ID number (JSON; exit 1 when invalid)
  id upgrade NUMBER15       print the 18-digit form of a 15-digit number
  officer add --number N --name NAME --role ROLE [--role ROLE...]
                            add an officer (password from stdin). The first officer of a
                            profile must be an admin; later ones need --officer ADMIN
  officer list              list the profile&apos;s officers
  officer passwd --officer N  change a password (old, then new, from stdin)
  audit verify              check the audit log&apos;s hash chain (JSON; exit 1 when broken)
  seed --profile practice --cases N [--seed S] --officer N
                            add N synthetic cases to the practice profile
  card decode FILE          decode a 256-byte card text block or a reader&apos;s whole answer
                            frame (JSON with every field and the card kind)
  card read --port TTY [--baud N] [--timeout MS]
                            read one card through the serial SAM reader driver (JSON; exit 1
                            with the reason when no card was read)
  card simulate [--card FILE] [--scenario NAME] [--baud N]
                            run a simulated reader on a new pseudo-terminal and print its
                            path; until Ctrl+C (SIGINT) or SIGTERM
  catalog list [--category C]  the service catalog&apos;s matters, one JSON line each
  catalog show CODE         one matter: questions, materials, fees (JSON)
  catalog check FILE        check a catalog file; every error, exit 1 when there is one
  catalog install FILE      check and install a newer catalog for the profile (supervisor or
                            admin, with --officer)
  guide CODE [--answers k=v,...] [--as-of DATE]
                            the checklist for these answers (multiple choices as a|b)
  guide CODE --enumerate    every distinct checklist, with how many answer paths lead to it
                            (--catalog FILE: use that catalog instead of the profile&apos;s)
  photo standardize IN OUT [--spec id-card|exit-entry]
                            make a standard ID photo; JSON report of every check, exit 1
                            with the reasons when the photo cannot meet the spec
  photo sheet IN OUT.pdf    a 6-inch sheet of ten 1-inch photos with cut marks
  face verify A B           same person? JSON score, threshold, decision and reason;
                            exit 0 for a match, 1 otherwise (--models DIR: face models)
  notify remind-ready --officer N [--place TEXT] [--sms-lang zh|en]
                            queue a pickup reminder (SMS) for every case ready for pickup,
                            at most one a day per case; the sync sends them (JSON). The place
                            defaults to the setting casework/pickupPlace
  notify pending            text messages queued and not yet sent (JSON)
  appointments import FILE --officer N
                            add appointments with pre-filled forms (a JSON array) to the
                            profile&apos;s sealed appointment book
  appointments list --officer N
                            the appointments, ID numbers masked, with their QR texts (JSON)
  sync status               last sync, pending operations, last failure (JSON)
  sync now --officer N [--passes N]  sync with the central service now (JSON)
  sync configure --server URL --ca F --cert F --key F  point the profile at a central service
  sync enrol --server URL --enrol-url URL --ca F --code C  enrol this workstation with a one-time code

Options (every command):
  --profile NAME            counter, housecall or practice (default counter)
  --data-dir DIR            data root; the profile&apos;s data lives in DIR/NAME
  --plugin-dir DIR          device plugin folder
  --lang zh_CN|en           language of messages (default: the system&apos;s)
  --officer NUMBER          who runs the command; commands that touch personal data need it.
                            The password comes from OW_PASSWORD or the first line of stdin
  --version                 print the version

</source>
        <translation>用法：onewindow-cli [选项] 命令 ...

命令：
  self-test                 检查本模式的数据目录、数据库、设备驱动和设备
  devices list              列出设备驱动插件及其可用设备
  id check 号码             校验身份号码（JSON；无效时退出码为 1）
  id upgrade 15位号码       输出 15 位号码对应的 18 位号码
  officer add --number 警号 --name 姓名 --role 角色 [--role 角色...]
                            添加民警账号（密码从标准输入读取）。每个模式的第一个账号
                            必须是管理员；之后须用 --officer 管理员警号 登录后添加
  officer list              列出本模式的民警账号
  officer passwd --officer 警号  修改密码（从标准输入依次读取旧密码和新密码）
  audit verify              校验审计日志的哈希链（JSON；被破坏时退出码为 1）
  seed --profile practice --cases N [--seed S] --officer 警号
                            向练习模式添加 N 个模拟业务
  card decode 文件          解析 256 字节的证件文字信息块或读卡器的完整应答帧
                            （JSON，含全部字段和证件类型）
  card read --port 串口 [--baud N] [--timeout 毫秒]
                            通过串口 SAM 读卡器驱动读一次卡（JSON；未读到卡时
                            退出码为 1 并给出原因）
  card simulate [--card 文件] [--scenario 场景] [--baud N]
                            在新的伪终端上运行模拟读卡器并输出其路径；
                            直到 Ctrl+C（SIGINT）或 SIGTERM
  catalog list [--category 类别]  列出服务目录中的事项，每行一个 JSON
  catalog show 事项编码     显示一个事项：问题、材料、收费（JSON）
  catalog check 文件        检查目录文件，列出全部错误；有错误时退出码为 1
  catalog install 文件      检查并为本模式安装较新的目录（值班长或管理员，
                            须提供 --officer）
  guide 事项编码 [--answers 问题=答案,...] [--as-of 日期]
                            按这些答案生成材料清单（多选答案写作 a|b）
  guide 事项编码 --enumerate  列出所有不同的材料清单及通向每份清单的答题路径数
                            （--catalog 文件：用该目录代替本模式的目录）
  photo standardize 输入 输出 [--spec id-card|exit-entry]
                            制作标准证件照；以 JSON 报告每一项检查，照片达不到规格时
                            退出码为 1 并给出原因
  photo sheet 输入 输出.pdf  在 6 寸相纸上排 10 张 1 寸照片，带裁切线
  face verify 照片A 照片B     是否同一人？JSON 给出分数、阈值、结论和原因；
                            匹配时退出码为 0，否则为 1（--models 目录：人脸模型目录）
  notify remind-ready --officer 警号 [--place 领取地点] [--sms-lang zh|en]
                            为每件待领取的业务排队发送领取提醒短信，每件每天
                            最多一条；由同步模块发送（JSON）。领取地点默认取
                            设置项 casework/pickupPlace
  notify pending            已排队但尚未发送的短信数（JSON）
  appointments import 文件 --officer 警号
                            将预约及预填信息（JSON 数组）导入本模式的加密预约簿
  appointments list --officer 警号
                            列出预约（身份证号已遮蔽）及其二维码内容（JSON）
  sync status               上次同步时间、待发送操作数、上次失败原因（JSON）
  sync now --officer N [--passes N]  立即与中心服务同步（JSON）
  sync configure --server URL --ca F --cert F --key F  设置本配置所连接的中心服务
  sync enrol --server URL --enrol-url URL --ca F --code C  用一次性注册码注册本工作站

选项（所有命令通用）：
  --profile 模式            counter、housecall 或 practice（默认 counter）
  --data-dir 目录           数据根目录；各模式的数据位于 目录/模式名
  --plugin-dir 目录         设备驱动插件目录
  --lang zh_CN|en           消息语言（默认跟随系统）
  --officer 警号            执行命令的民警；涉及个人信息的命令必须提供。
                            密码取自 OW_PASSWORD 或标准输入的第一行
  --version                 显示版本

</translation>
    </message>
    <message>
        <source>Usage: onewindow-cli sync status
       onewindow-cli sync now --officer NUMBER [--passes N]
       onewindow-cli sync configure --server https://HOST:PORT --ca FILE --cert FILE --key FILE
       onewindow-cli sync enrol --server https://HOST:PORT --enrol-url https://HOST:PORT --ca FILE --code CODE</source>
        <translation>用法：onewindow-cli sync status
       onewindow-cli sync now --officer 警号 [--passes N]
       onewindow-cli sync configure --server https://主机:端口 --ca 文件 --cert 文件 --key 文件
       onewindow-cli sync enrol --server https://主机:端口 --enrol-url https://主机:端口 --ca 文件 --code 注册码</translation>
    </message>
</context>
<context>
    <name>ow::core</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Unstated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Hong Kong/Macau/Taiwan residence permit</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>The card data has a bad field &quot;%1&quot;: %2</source>
        <translation>证件数据的“%1”字段有误：%2</translation>
    </message>
    <message>
        <source>unknown card kind</source>
        <translation>未知的证件类型</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation>出生日期 %1 不存在。</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900, which no ID number can have.</source>
        <translation>出生日期 %1 早于 1900 年，不可能出现在身份号码中。</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>Unknown province code %1 (digits 2-3 of a foreign permanent resident number).</source>
        <translation>未知的省级代码 %1（外国人永久居留身份证号码第 2-3 位）。</translation>
    </message>
    <message>
        <source>Unknown region code %1.</source>
        <translation>未知的行政区划代码 %1。</translation>
    </message>
    <message>
        <source>No ID number was given.</source>
        <translation>未输入身份号码。</translation>
    </message>
    <message>
        <source>A 15-digit ID number has 15 digits; this one has %1.</source>
        <translation>15 位身份号码应为 15 位数字，此号码有 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not allowed: a 15-digit ID number has digits only.</source>
        <translation>第 %1 位（“%2”）不允许：15 位身份号码只能是数字。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters; this one has %1.</source>
        <translation>身份号码应为 18 位，此号码有 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) is not allowed: an ID number has 17 digits and a final digit or X.</source>
        <translation>第 %1 位（“%2”）不允许：身份号码为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>Check character should be %1, not %2.</source>
        <translation>校验码应为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>House call</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check the disk and the folder permissions.</source>
        <translation>无法创建数据目录 %1。请检查磁盘和目录权限。</translation>
    </message>
    <message>
        <source>The data folder %1 is not writable.</source>
        <translation>数据目录 %1 不可写。</translation>
    </message>
    <message>
        <source>Could not save the settings to %1.</source>
        <translation>无法将设置保存到 %1。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>制证中</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>待领取</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已领取</translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation>已寄出</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>退回补正</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Region code %1 was never issued 15-digit numbers.</source>
        <translation>行政区划代码 %1 从未签发过 15 位身份号码。</translation>
    </message>
    <message>
        <source>The holiday calendar data is not valid: %1</source>
        <translation>节假日数据无效：%1</translation>
    </message>
    <message>
        <source>free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>¥%1</source>
        <extracomment>A sum of money; %1 is the amount in yuan with two decimals (&quot;20.00&quot;).</extracomment>
        <translation>%1元</translation>
    </message>
</context>
<context>
    <name>ow::core::nation</name>
    <message>
        <source>Han</source>
        <translation>汉</translation>
    </message>
    <message>
        <source>Mongol</source>
        <translation>蒙古</translation>
    </message>
    <message>
        <source>Hui</source>
        <translation>回</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>维吾尔</translation>
    </message>
    <message>
        <source>Miao</source>
        <translation>苗</translation>
    </message>
    <message>
        <source>Yi</source>
        <translation>彝</translation>
    </message>
    <message>
        <source>Zhuang</source>
        <translation>壮</translation>
    </message>
    <message>
        <source>Buyei</source>
        <translation>布依</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>朝鲜</translation>
    </message>
    <message>
        <source>Manchu</source>
        <translation>满</translation>
    </message>
    <message>
        <source>Dong</source>
        <translation>侗</translation>
    </message>
    <message>
        <source>Yao</source>
        <translation>瑶</translation>
    </message>
    <message>
        <source>Bai</source>
        <translation>白</translation>
    </message>
    <message>
        <source>Tujia</source>
        <translation>土家</translation>
    </message>
    <message>
        <source>Hani</source>
        <translation>哈尼</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克</translation>
    </message>
    <message>
        <source>Dai</source>
        <translation>傣</translation>
    </message>
    <message>
        <source>Li</source>
        <translation>黎</translation>
    </message>
    <message>
        <source>Lisu</source>
        <translation>傈僳</translation>
    </message>
    <message>
        <source>Va</source>
        <translation>佤</translation>
    </message>
    <message>
        <source>She</source>
        <translation>畲</translation>
    </message>
    <message>
        <source>Gaoshan</source>
        <translation>高山</translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation>拉祜</translation>
    </message>
    <message>
        <source>Sui</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Dongxiang</source>
        <translation>东乡</translation>
    </message>
    <message>
        <source>Nakhi</source>
        <translation>纳西</translation>
    </message>
    <message>
        <source>Jingpo</source>
        <translation>景颇</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>柯尔克孜</translation>
    </message>
    <message>
        <source>Tu</source>
        <translation>土</translation>
    </message>
    <message>
        <source>Daur</source>
        <translation>达斡尔</translation>
    </message>
    <message>
        <source>Mulao</source>
        <translation>仫佬</translation>
    </message>
    <message>
        <source>Qiang</source>
        <translation>羌</translation>
    </message>
    <message>
        <source>Blang</source>
        <translation>布朗</translation>
    </message>
    <message>
        <source>Salar</source>
        <translation>撒拉</translation>
    </message>
    <message>
        <source>Maonan</source>
        <translation>毛南</translation>
    </message>
    <message>
        <source>Gelao</source>
        <translation>仡佬</translation>
    </message>
    <message>
        <source>Xibe</source>
        <translation>锡伯</translation>
    </message>
    <message>
        <source>Achang</source>
        <translation>阿昌</translation>
    </message>
    <message>
        <source>Pumi</source>
        <translation>普米</translation>
    </message>
    <message>
        <source>Tajik</source>
        <translation>塔吉克</translation>
    </message>
    <message>
        <source>Nu</source>
        <translation>怒</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>乌孜别克</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄罗斯</translation>
    </message>
    <message>
        <source>Evenki</source>
        <translation>鄂温克</translation>
    </message>
    <message>
        <source>De&apos;ang</source>
        <translation>德昂</translation>
    </message>
    <message>
        <source>Bonan</source>
        <translation>保安</translation>
    </message>
    <message>
        <source>Yugur</source>
        <translation>裕固</translation>
    </message>
    <message>
        <source>Gin</source>
        <translation>京</translation>
    </message>
    <message>
        <source>Tatar</source>
        <translation>塔塔尔</translation>
    </message>
    <message>
        <source>Derung</source>
        <translation>独龙</translation>
    </message>
    <message>
        <source>Oroqen</source>
        <translation>鄂伦春</translation>
    </message>
    <message>
        <source>Hezhen</source>
        <translation>赫哲</translation>
    </message>
    <message>
        <source>Monpa</source>
        <translation>门巴</translation>
    </message>
    <message>
        <source>Lhoba</source>
        <translation>珞巴</translation>
    </message>
    <message>
        <source>Jino</source>
        <translation>基诺</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Foreign-origin Chinese citizen</source>
        <translation>外国血统中国籍人士</translation>
    </message>
</context>
<context>
    <name>ow::devicekit</name>
    <message>
        <source>ID reader</source>
        <translation>读卡器</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>签字板</translation>
    </message>
    <message>
        <source>Rating keypad</source>
        <translation>评价器</translation>
    </message>
    <message>
        <source>Caller display</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>Document scanner</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>未启动</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>not a plugin library</source>
        <translation>不是插件库文件</translation>
    </message>
    <message>
        <source>not a Qt plugin, or it cannot be loaded: %1</source>
        <translation>不是 Qt 插件，或无法加载：%1</translation>
    </message>
    <message>
        <source>wrong plugin interface &quot;%1&quot; (expected &quot;%2&quot;)</source>
        <translation>插件接口“%1”不符（应为“%2”）</translation>
    </message>
    <message>
        <source>the plugin has no metadata</source>
        <translation>插件没有元数据</translation>
    </message>
    <message>
        <source>metadata &quot;id&quot; is missing or not of lower-case letters, digits and dashes</source>
        <translation>元数据“id”缺失，或不是由小写字母、数字和连字符组成</translation>
    </message>
    <message>
        <source>metadata &quot;name&quot; is missing</source>
        <translation>元数据缺少“name”</translation>
    </message>
    <message>
        <source>metadata &quot;version&quot; is missing or not like 1.2.3</source>
        <translation>元数据“version”缺失或格式不是 1.2.3</translation>
    </message>
    <message>
        <source>metadata &quot;kinds&quot; must list at least one device kind</source>
        <translation>元数据“kinds”至少要列出一种设备类型</translation>
    </message>
    <message>
        <source>metadata &quot;kinds&quot; names an unknown device kind &quot;%1&quot;</source>
        <translation>元数据“kinds”中有未知的设备类型“%1”</translation>
    </message>
    <message>
        <source>metadata &quot;simulator&quot; must be true or false</source>
        <translation>元数据“simulator”必须是 true 或 false</translation>
    </message>
    <message>
        <source>another plugin already has the id &quot;%1&quot;</source>
        <translation>已有另一个插件使用 id“%1”</translation>
    </message>
    <message>
        <source>The device driver &quot;%1&quot; is not installed or not usable.</source>
        <translation>设备驱动“%1”未安装或不可用。</translation>
    </message>
    <message>
        <source>The device driver &quot;%1&quot; cannot drive a %2.</source>
        <translation>设备驱动“%1”不能驱动%2。</translation>
    </message>
    <message>
        <source>The device driver &quot;%1&quot; could not be loaded.</source>
        <translation>设备驱动“%1”无法加载。</translation>
    </message>
    <message>
        <source>The device driver &quot;%1&quot; is not a OneWindow device driver.</source>
        <translation>设备驱动“%1”不是一窗通办的设备驱动。</translation>
    </message>
</context>
<context>
    <name>ow::devicekit::DeviceManager</name>
    <message>
        <source>The %1 did not respond within %2 seconds.</source>
        <translation>%1在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <source>The %1 has a fault: %2</source>
        <translation>%1故障：%2</translation>
    </message>
    <message>
        <source>the device was closed</source>
        <translation>设备已关闭</translation>
    </message>
    <message>
        <source>No %1 is set up on this workstation.</source>
        <translation>本工作站未配置%1。</translation>
    </message>
    <message>
        <source>The %1 is still starting. Try again in a moment.</source>
        <translation>%1正在启动，请稍后再试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a simulated device and can only be used in practice mode.</source>
        <translation>“%1”是模拟设备，只能在练习模式中使用。</translation>
    </message>
</context>
<context>
    <name>ow::devices</name>
    <message>
        <source>The serial port cannot be set to %1 baud.</source>
        <translation>无法将串口设置为 %1 波特。</translation>
    </message>
</context>
<context>
    <name>ow::devices::OpenCvCamera</name>
    <message>
        <source>Camera %1</source>
        <translation>摄像头 %1</translation>
    </message>
    <message>
        <source>The camera source %1 does not exist.</source>
        <translation>摄像头来源 %1 不存在。</translation>
    </message>
    <message>
        <source>The camera %1 did not open within %2 s: check the cable, the device or the pipeline (every GStreamer element installed?).</source>
        <translation>摄像头 %1 在 %2 秒内未能打开：请检查连线、设备或管道（GStreamer 元件是否都已安装？）。</translation>
    </message>
    <message>
        <source>Opening the camera was cancelled.</source>
        <translation>已取消打开摄像头。</translation>
    </message>
    <message>
        <source>The camera %1 could not be opened.</source>
        <translation>无法打开摄像头 %1。</translation>
    </message>
    <message>
        <source>The camera&apos;s video has no more frames.</source>
        <translation>摄像头视频已无更多画面。</translation>
    </message>
    <message>
        <source>The camera stopped delivering pictures.</source>
        <translation>摄像头停止输出画面。</translation>
    </message>
    <message>
        <source>The camera&apos;s pictures cannot be decoded.</source>
        <translation>无法解码摄像头画面。</translation>
    </message>
    <message>
        <source>The camera %1 sent no picture for %2 s.</source>
        <translation>摄像头 %1 已 %2 秒没有画面。</translation>
    </message>
</context>
<context>
    <name>ow::devices::PdfPrinter</name>
    <message>
        <source>PDF printer</source>
        <translation>PDF 打印机</translation>
    </message>
    <message>
        <source>writes each job as a PDF file into a folder</source>
        <translation>将每个打印任务保存为文件夹中的 PDF 文件</translation>
    </message>
    <message>
        <source>The PDF printer has no output folder set (option outputDir).</source>
        <translation>PDF 打印机未设置输出文件夹（选项 outputDir）。</translation>
    </message>
    <message>
        <source>The PDF printer cannot create its folder %1.</source>
        <translation>PDF 打印机无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The PDF printer cannot write into %1.</source>
        <translation>PDF 打印机无法写入 %1。</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>没有要打印的内容。</translation>
    </message>
    <message>
        <source>The printer is out of paper: load paper, then print again.</source>
        <translation>打印机缺纸：请装纸后重新打印。</translation>
    </message>
    <message>
        <source>The disk is full: the PDF could not be saved.</source>
        <translation>磁盘已满：PDF 未能保存。</translation>
    </message>
    <message>
        <source>The PDF could not be saved in %1.</source>
        <translation>PDF 未能保存到 %1。</translation>
    </message>
</context>
<context>
    <name>ow::devices::SamIdReader</name>
    <message>
        <source>No serial port is set for the ID reader. Set its port (for example /dev/ttyUSB0) in the device settings.</source>
        <translation>未设置读卡器串口。请在设备设置中指定端口（例如 /dev/ttyUSB0）。</translation>
    </message>
    <message>
        <source>The ID reader does not answer: its port %1 is missing. Check its cable and power, then wait for it to reconnect.</source>
        <translation>读卡器无响应：找不到端口 %1。请检查连接线和电源，然后等待其自动重连。</translation>
    </message>
    <message>
        <source>The ID reader&apos;s port %1 cannot be opened: another program is using it, or this account may not use serial ports (group dialout).</source>
        <translation>无法打开读卡器端口 %1：端口正被其他程序使用，或当前账户无权使用串口（dialout 组）。</translation>
    </message>
    <message>
        <source>The ID reader&apos;s port %1 cannot be opened. Check the reader&apos;s cable.</source>
        <translation>无法打开读卡器端口 %1。请检查读卡器连接线。</translation>
    </message>
    <message>
        <source>The ID reader is not ready.</source>
        <translation>读卡器尚未就绪。</translation>
    </message>
</context>
<context>
    <name>ow::devices::SimCallerDisplay</name>
    <message>
        <source>Simulated caller display</source>
        <translation>模拟叫号屏</translation>
    </message>
    <message>
        <source>shown as a window of the client</source>
        <translation>以客户端窗口显示</translation>
    </message>
    <message>
        <source>caller display</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>Calling again: please go to %1</source>
        <translation>再次呼叫：请到 %1</translation>
    </message>
    <message>
        <source>Please go to %1</source>
        <translation>请到 %1 办理</translation>
    </message>
</context>
<context>
    <name>ow::devices::SimCamera</name>
    <message>
        <source>Simulated camera</source>
        <translation>模拟摄像头</translation>
    </message>
    <message>
        <source>The simulated camera found no images in %1.</source>
        <translation>模拟摄像头在 %1 中找不到图像。</translation>
    </message>
    <message>
        <source>The simulated camera cannot open the video %1.</source>
        <translation>模拟摄像头无法打开视频 %1。</translation>
    </message>
    <message>
        <source>The simulated camera&apos;s video has no readable frames.</source>
        <translation>模拟摄像头的视频没有可读取的画面。</translation>
    </message>
    <message>
        <source>The simulated camera&apos;s video cannot be decoded.</source>
        <translation>模拟摄像头的视频无法解码。</translation>
    </message>
    <message>
        <source>built-in scenarios: face, no-face, two-faces, dark, blurred, head-turn</source>
        <translation>内置场景：face（正常人脸）、no-face（无人脸）、two-faces（两张人脸）、dark（过暗）、blurred（模糊）、head-turn（转头）</translation>
    </message>
    <message>
        <source>The simulated camera has no scenario &quot;%1&quot; (face, no-face, two-faces, dark, blurred, head-turn, drawn).</source>
        <translation>模拟摄像头没有场景“%1”（可用：face、no-face、two-faces、dark、blurred、head-turn、drawn）。</translation>
    </message>
</context>
<context>
    <name>ow::devices::SimIdReader</name>
    <message>
        <source>Simulated ID card reader</source>
        <translation>模拟身份证读卡器</translation>
    </message>
    <message numerus="yes">
        <source>%n built-in card(s)</source>
        <translation>
            <numerusform>内置 %n 张证件</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulated reader has no card files in %1.</source>
        <translation>模拟读卡器在 %1 中没有证件文件。</translation>
    </message>
</context>
<context>
    <name>ow::devices::SimSignaturePad</name>
    <message>
        <source>Simulated signature pad</source>
        <translation>模拟签字板</translation>
    </message>
    <message>
        <source>the citizen signs on the citizen screen</source>
        <translation>群众在群众屏上签名</translation>
    </message>
    <message>
        <source>signature pad</source>
        <translation>签字板</translation>
    </message>
    <message>
        <source>The signature pad did not take the signature: ask the citizen to sign again.</source>
        <translation>签字板未能采集签名：请群众重新签名。</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>没有签名。</translation>
    </message>
</context>
<context>
    <name>ow::devices::VendorIdReader</name>
    <message>
        <source>The ID reader&apos;s vendor library %1 cannot be loaded: it may be built for another system or need a library that is missing.</source>
        <translation>无法加载读卡器厂商库 %1：它可能是为其他系统编译的，或缺少它所依赖的库。</translation>
    </message>
    <message>
        <source>The ID reader&apos;s vendor library %1 is not installed.</source>
        <translation>读卡器厂商库 %1 未安装。</translation>
    </message>
    <message>
        <source>The vendor library %1 is not a supported ID reader library.</source>
        <translation>厂商库 %1 不是受支持的读卡器库。</translation>
    </message>
    <message>
        <source>The vendor ID reader has no library set (option library).</source>
        <translation>厂商读卡器未设置库文件（选项 library）。</translation>
    </message>
    <message>
        <source>The ID reader port %1 is not valid: use 1 to 16 for a serial reader or 1001 to 1016 for a USB reader.</source>
        <translation>读卡器端口 %1 无效：串口读卡器请用 1 到 16，USB 读卡器请用 1001 到 1016。</translation>
    </message>
    <message>
        <source>The ID reader on port %1 cannot be opened: check its cable and power.</source>
        <translation>无法打开端口 %1 上的读卡器：请检查连接线和电源。</translation>
    </message>
    <message>
        <source>The ID reader did not answer in time. Try again; if this repeats, check its cable.</source>
        <translation>读卡器未及时响应。请重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The data from the ID reader was damaged on the way. Try again; if this repeats, check its cable.</source>
        <translation>读卡器传来的数据在传输中损坏。请重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The ID reader was disconnected. Plug it in again.</source>
        <translation>读卡器已断开，请重新插好。</translation>
    </message>
    <message>
        <source>The ID reader&apos;s library reported error %1.</source>
        <translation>读卡器库返回错误 %1。</translation>
    </message>
    <message>
        <source>The ID reader is not open.</source>
        <translation>读卡器未打开。</translation>
    </message>
</context>
<context>
    <name>ow::documents</name>
    <message>
        <source>%1 · Officer %2 · Printed %3</source>
        <translation>%1 · 警号 %2 · 打印时间 %3</translation>
    </message>
    <message>
        <source>Printer test page</source>
        <translation>打印测试页</translation>
    </message>
    <message>
        <source>The page could not be prepared for printing.</source>
        <translation>无法准备打印页面。</translation>
    </message>
    <message>
        <source>OneWindow printer test page</source>
        <translation>一窗通办 打印测试页</translation>
    </message>
    <message>
        <source>Counter: %1</source>
        <translation>窗口：%1</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>警号：%1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>时间：%1</translation>
    </message>
    <message>
        <source>If every line and the boxes below are sharp and complete, the printer is ready.</source>
        <translation>如果每一行文字和下方方格都清晰完整，打印机即可正常使用。</translation>
    </message>
    <message>
        <source>Materials checklist: %1</source>
        <translation>材料清单：%1</translation>
    </message>
    <message>
        <source>One-time notice: %1</source>
        <translation>一次性告知单：%1</translation>
    </message>
    <message>
        <source>One-time notice</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Catalog version: %1</source>
        <translation>目录版本：%1</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <source>Scan to view the service guide</source>
        <translation>扫码查看办事指南</translation>
    </message>
    <message>
        <source>Your situation</source>
        <translation>您的情形</translation>
    </message>
    <message>
        <source>This matter asks no questions: the checklist is the same for everyone.</source>
        <translation>本事项无需情形引导：所有人的材料清单相同。</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Possibly needed</source>
        <translation>可能需要</translation>
    </message>
    <message>
        <source>The photo can be taken at the counter.</source>
        <translation>可在窗口现场拍照。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Points to check</source>
        <translation>收件要点</translation>
    </message>
    <message>
        <source>Items marked &quot;possibly needed&quot; depend on questions not answered yet: %1.</source>
        <translation>标注“可能需要”的材料取决于尚未回答的问题：%1。</translation>
    </message>
    <message>
        <source>Materials to bring</source>
        <translation>需提交的材料</translation>
    </message>
    <message>
        <source>No materials are needed.</source>
        <translation>无需提交材料。</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>收费</translation>
    </message>
    <message>
        <source>No fee is charged for this matter.</source>
        <translation>本事项不收费。</translation>
    </message>
    <message>
        <source>Possibly charged</source>
        <translation>可能收取</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>应缴合计</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Exemption applied</source>
        <translation>适用减免</translation>
    </message>
    <message>
        <source>To pay</source>
        <translation>应缴</translation>
    </message>
    <message>
        <source>The fee may change with the answers still open.</source>
        <translation>收费可能随尚未回答的问题而变化。</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Done on the spot: the result is handed over at the counter the same day.</source>
        <translation>即来即办：当场办结，当天在窗口领取。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s); ready on %1 at the latest.</source>
        <translation>
            <numerusform>%n 个工作日；最迟于 %1 办结。</numerusform>
        </translation>
    </message>
    <message>
        <source>The time limit may change with the answers still open.</source>
        <translation>办理时限可能随尚未回答的问题而变化。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>温馨提示</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>办理依据</translation>
    </message>
    <message>
        <source>Materials still missing</source>
        <translation>尚缺材料</translation>
    </message>
    <message>
        <source>Every material on the checklist has been received.</source>
        <translation>清单上的材料已全部收齐。</translation>
    </message>
    <message>
        <source>This notice tells you at one time every material still needed for this matter. Once you bring the materials listed above, the matter will be accepted with no further request for materials.</source>
        <translation>本告知单一次性告知您办理本事项尚需的全部材料。补齐上述材料后即予受理，不再要求提交其他材料。</translation>
    </message>
    <message>
        <source>Officer: %1    Counter: %2</source>
        <translation>经办民警：%1    窗口：%2</translation>
    </message>
    <message>
        <source>Cut along this line</source>
        <translation>沿此线剪开</translation>
    </message>
    <message>
        <source>Counter stub of the one-time notice (kept by the counter)</source>
        <translation>一次性告知单存根（窗口留存）</translation>
    </message>
    <message>
        <source>Matter: %1</source>
        <translation>事项：%1</translation>
    </message>
    <message numerus="yes">
        <source>Missing items: %n</source>
        <translation>
            <numerusform>尚缺材料：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant&apos;s signature: %1</source>
        <translation>申请人签字：%1</translation>
    </message>
    <message>
        <source>There is no matter to print.</source>
        <translation>没有可打印的事项。</translation>
    </message>
    <message>
        <source>The printer did not accept a new page.</source>
        <translation>打印机未能换页。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>There is no text for the QR code.</source>
        <translation>二维码没有内容。</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n bytes).</source>
        <translation>
            <numerusform>内容过长，无法生成二维码（%n 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>无法生成二维码。</translation>
    </message>
    <message>
        <source>ID photo sheet</source>
        <translation>证件照排版页</translation>
    </message>
    <message>
        <source>There is no photo to print.</source>
        <translation>没有可打印的照片。</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>当场办结</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s), by %1</source>
        <translation>
            <numerusform>%n个工作日，最迟%1办结</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Scan to follow this case</source>
        <translation>扫码查询办理进度</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Acceptance receipt: %1</source>
        <translation>受理回执：%1</translation>
    </message>
    <message numerus="yes">
        <source>Acceptance receipt: %1 and %n more</source>
        <translation>
            <numerusform>受理回执：%1 及另外%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>with a notice of materials to supply</source>
        <translation>（附补正材料告知）</translation>
    </message>
    <message>
        <source>Accepted at: %1</source>
        <translation>受理时间：%1</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Accepted with deficiencies: bring these materials by %1</source>
        <translation>已受理，需补正：请最迟于%1补交以下材料</translation>
    </message>
    <message>
        <source>Accepted with deficiencies: bring these materials later</source>
        <translation>已受理，需补正：请补交以下材料</translation>
    </message>
    <message>
        <source>Delivery of the result</source>
        <translation>领取方式</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Pickup at the counter</source>
        <translation>窗口自取</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>领取地点</translation>
    </message>
    <message>
        <source>Bring this receipt and your ID card to collect the result.</source>
        <translation>领取时请携带本回执和本人身份证件。</translation>
    </message>
    <message>
        <source>Express mail</source>
        <translation>邮政寄递</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>The matters above are accepted. Once the missing materials are brought, they are processed with no further request for materials.</source>
        <translation>以上事项已受理。补齐所缺材料后即予办理，不再要求提交其他材料。</translation>
    </message>
    <message>
        <source>Keep this receipt until the matter is closed. Scan a case&apos;s code or quote its case number to follow its progress.</source>
        <translation>请妥善保管本回执至办结。扫描二维码或凭受理编号可查询办理进度。</translation>
    </message>
    <message>
        <source>Fee receipt: %1</source>
        <translation>收费票据：%1</translation>
    </message>
    <message>
        <source>There is no fee to print.</source>
        <translation>没有可打印的收费项目。</translation>
    </message>
    <message>
        <source>The fee &quot;%1&quot; charges more than its standard amount.</source>
        <translation>收费项目“%1”的实收金额超过了收费标准。</translation>
    </message>
    <message>
        <source>Fee receipt</source>
        <translation>收费票据</translation>
    </message>
    <message>
        <source>Receipt number: %1</source>
        <translation>票据号：%1</translation>
    </message>
    <message>
        <source>Payer: %1</source>
        <translation>缴款人：%1</translation>
    </message>
    <message>
        <source>Case numbers: %1</source>
        <translation>受理编号：%1</translation>
    </message>
    <message>
        <source>Paid at: %1</source>
        <translation>缴费时间：%1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>收费项目</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>实收</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>缴费</translation>
    </message>
    <message>
        <source>Total paid</source>
        <translation>实收合计</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>支付方式</translation>
    </message>
    <message>
        <source>Exempted</source>
        <translation>减免</translation>
    </message>
    <message>
        <source>Received by (officer %1): %2</source>
        <translation>收款人（民警 %1）：%2</translation>
    </message>
    <message>
        <source>The document could not be kept as PDF.</source>
        <translation>文书无法保存为 PDF。</translation>
    </message>
    <message>
        <source>A printout is kept only with its case.</source>
        <translation>打印件只能随所属业务留档。</translation>
    </message>
    <message>
        <source>This printout is not kept with case %1.</source>
        <translation>业务 %1 没有留存此打印件。</translation>
    </message>
    <message>
        <source>Refusal notice: %1</source>
        <translation>不予受理告知书：%1</translation>
    </message>
    <message>
        <source>Write down why the matter is refused.</source>
        <translation>请写明不予受理的原因。</translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation>不予受理告知书</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>受理编号：%1</translation>
    </message>
    <message>
        <source>After examination, your application for the matter &quot;%1&quot; is not accepted, for the following reason.</source>
        <translation>经审查，您申请的“%1”事项不予受理，理由如下。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>救济途径</translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within 60 days of receiving this notice, or bring an administrative lawsuit within 6 months.</source>
        <translation>如对本决定不服，可自收到本告知书之日起六十日内申请行政复议，或者在六个月内依法提起行政诉讼。</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Officer&apos;s signature: %1    Applicant&apos;s signature: %1</source>
        <translation>经办民警签名：%1    申请人签名：%1</translation>
    </message>
    <message>
        <source>(Seal of the office)</source>
        <translation>（单位印章）</translation>
    </message>
    <message>
        <source>Shipping list %1</source>
        <translation>寄递清单 %1</translation>
    </message>
    <message>
        <source>There is no parcel to list.</source>
        <translation>没有可列出的邮件。</translation>
    </message>
    <message>
        <source>Shipping list</source>
        <translation>寄递清单</translation>
    </message>
    <message>
        <source>Cases: %1    Parcels: %2    Parcels saved by merging: %3</source>
        <translation>业务：%1 件    邮件：%2 件    并件节省：%3 件</translation>
    </message>
    <message>
        <source>Case numbers</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Waybill number</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Handed over by: %1    Courier: %1    Time: %1</source>
        <translation>交寄人：%1    揽收人：%1    时间：%1</translation>
    </message>
</context>
<context>
    <name>ow::gui</name>
    <message>
        <source>Counter %1</source>
        <translation>窗口 %1</translation>
    </message>
</context>
<context>
    <name>ow::gui::AcceptPage</name>
    <message>
        <source>Decision on each matter</source>
        <translation>逐项受理决定</translation>
    </message>
    <message>
        <source>Ca&amp;sh</source>
        <translation>现金(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Bank card</source>
        <translation>银行卡(&amp;B)</translation>
    </message>
    <message>
        <source>Mobile &amp;QR</source>
        <translation>扫码支付(&amp;Q)</translation>
    </message>
    <message>
        <source>Accept and print the receipt  (F10)</source>
        <translation>受理并打印回执  (F10)</translation>
    </message>
    <message>
        <source>— choose the reason —</source>
        <translation>— 请选择理由 —</translation>
    </message>
    <message>
        <source>Reason in words (printed on the refusal notice)</source>
        <translation>理由说明（打印在不予受理告知书上）</translation>
    </message>
    <message>
        <source>Total fee: %1</source>
        <translation>应收合计：%1</translation>
    </message>
    <message>
        <source>✓ Ready: press F10 to accept and print the receipt.</source>
        <translation>✓ 可以受理：按 F10 受理并打印回执。</translation>
    </message>
    <message>
        <source>Before accepting:</source>
        <translation>受理前还需：</translation>
    </message>
</context>
<context>
    <name>ow::gui::CallerDisplayWindow</name>
    <message>
        <source>Caller display (simulated)</source>
        <translation>叫号屏（模拟）</translation>
    </message>
    <message>
        <source>Calling again: please go to %1</source>
        <translation>再次呼叫：请到 %1</translation>
    </message>
    <message>
        <source>Please go to %1</source>
        <translation>请到 %1 办理</translation>
    </message>
</context>
<context>
    <name>ow::gui::CaseListModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（已超期）</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
</context>
<context>
    <name>ow::gui::CaseSearchDialog</name>
    <message>
        <source>Find a case</source>
        <translation>查找案件</translation>
    </message>
    <message>
        <source>Case number, ID number, mobile number or full name — Enter searches</source>
        <translation>受理编号、身份证号、手机号或姓名——按回车查找</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any matter</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>Accepted from</source>
        <translation>受理日期从</translation>
    </message>
    <message>
        <source>Urgent only</source>
        <translation>仅加急</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅超期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Search, then pick a case in the list.</source>
        <translation>请先查找，再在列表中选择案件。</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <source>Reason (needed to refuse, return for correction or withdraw)</source>
        <translation>原因（不予受理、退回补正或撤回时必填）</translation>
    </message>
    <message>
        <source>&amp;Urgent (handled before the others)</source>
        <translation>加急(&amp;U)（优先办理）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Enter opens the case in the search.</source>
        <translation>按回车在查找中打开该案件。</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>没有符合条件的案件。</translation>
    </message>
    <message>
        <source>Cases listed: %1</source>
        <translation>已列出案件：%1 件</translation>
    </message>
    <message>
        <source>Cases listed: %1 (more as you scroll)</source>
        <translation>已列出案件：%1 件（向下滚动加载更多）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Case number: %1
Applicant: %2
ID number: %3
Phone: %4
Address: %5
Matter: %6
Status: %7
Accepted: %8 by officer %9
Deadline: %10</source>
        <translation>受理编号：%1
申请人：%2
身份证号：%3
电话：%4
地址：%5
事项：%6
状态：%7
受理：%8，民警 %9
办结时限：%10</translation>
    </message>
    <message>
        <source>%1 (reason)</source>
        <translation>%1（需填原因）</translation>
    </message>
    <message>
        <source>Ctrl+%1  %2</source>
        <translation>Ctrl+%1  %2</translation>
    </message>
    <message>
        <source>Closed: no further status</source>
        <translation>已办结：无后续状态</translation>
    </message>
    <message>
        <source>This case was changed at another counter while you had it open. It now shows its current status: check it, then choose again.</source>
        <translation>您打开此案件后，其他窗口已变更了它的状态。现已显示其当前状态：请核对后重新选择。</translation>
    </message>
    <message>
        <source>Case %1: %2 → %3.</source>
        <translation>案件 %1：%2 → %3。</translation>
    </message>
    <message>
        <source>Case %1 is marked urgent.</source>
        <translation>案件 %1 已标记为加急。</translation>
    </message>
    <message>
        <source>Case %1 is no longer urgent.</source>
        <translation>案件 %1 已取消加急。</translation>
    </message>
    <message>
        <source>%1 working days late</source>
        <translation>已超期 %1 个工作日</translation>
    </message>
    <message>
        <source>%1 working days left</source>
        <translation>还剩 %1 个工作日</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <source>No case is overdue.</source>
        <translation>没有超期案件。</translation>
    </message>
    <message>
        <source>No case is due soon.</source>
        <translation>没有即将到期的案件。</translation>
    </message>
</context>
<context>
    <name>ow::gui::CitizenPanel</name>
    <message>
        <source>CITIZEN</source>
        <translation>办事群众</translation>
    </message>
    <message>
        <source>Nobody is being served.
Press F2 to read an ID card.</source>
        <translation>当前没有正在办理的群众。
按 F2 读取身份证。</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n 岁</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::CitizenScreen</name>
    <message>
        <source>OneWindow — citizen screen</source>
        <translation>一窗通办 — 群众屏</translation>
    </message>
    <message>
        <source>Welcome. Please have a seat;
the officer will show your details here.</source>
        <translation>欢迎您，请坐。
民警将在此屏向您展示办理信息。</translation>
    </message>
    <message>
        <source>Please check your details</source>
        <translation>请核对您的信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Matters</source>
        <translation>办理事项</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>领取方式</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>If everything is right, sign below and press Confirm.</source>
        <translation>核对无误后，请在下方签名并点击“确认”。</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>重新签名</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>ow::gui::ClientApp</name>
    <message>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation>未知的工作模式“%1”。</translation>
    </message>
</context>
<context>
    <name>ow::gui::ConfirmPage</name>
    <message>
        <source>How the citizen receives the result</source>
        <translation>领取方式</translation>
    </message>
    <message>
        <source>&amp;Pick up at the counter</source>
        <translation>窗口领取(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Mail (express delivery)</source>
        <translation>邮寄到家(&amp;M)</translation>
    </message>
    <message>
        <source>Mobile number for the SMS notices</source>
        <translation>接收短信通知的手机号</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>手机号：</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>收件人：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>收件地址：</translation>
    </message>
    <message>
        <source>Show on the citizen screen for confirmation  (F8)</source>
        <translation>在群众屏上展示并请其确认签名  (F8)</translation>
    </message>
    <message>
        <source>✗ Not confirmed yet: press F8, the citizen checks the details on their screen and signs.</source>
        <translation>✗ 尚未确认：按 F8，群众在群众屏上核对信息并签名。</translation>
    </message>
    <message>
        <source>✓ Confirmed and signed by the citizen at %1.</source>
        <translation>✓ 群众已于 %1 核对确认并签名。</translation>
    </message>
</context>
<context>
    <name>ow::gui::CounterScreen</name>
    <message>
        <source>Place the citizen&apos;s ID card on the reader and press F2.</source>
        <translation>请将群众的身份证放在读卡器上，按 F2 读卡。</translation>
    </message>
    <message>
        <source>Read ID card  (F2)</source>
        <translation>读身份证  (F2)</translation>
    </message>
    <message>
        <source>Print test page  (F9)</source>
        <translation>打印测试页  (F9)</translation>
    </message>
    <message>
        <source>Try again  (F2)</source>
        <translation>重试  (F2)</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>打印失败。</translation>
    </message>
    <message>
        <source>ID number shown. This look is recorded.</source>
        <translation>已显示完整身份号码，本次查看已记录。</translation>
    </message>
    <message>
        <source>Reading the card… keep it flat on the reader.</source>
        <translation>正在读卡……请保持卡片平放在读卡器上。</translation>
    </message>
    <message>
        <source>Reading the ID card…</source>
        <translation>正在读取身份证……</translation>
    </message>
    <message>
        <source>This card expired on %1. It cannot prove identity for most matters: offer a renewal (ID card renewal) or verify by face.</source>
        <translation>此证件已于 %1 过期，多数事项不能用它证明身份：请引导办理换领，或进行人脸核验。</translation>
    </message>
    <message>
        <source>This card is not valid until %1.</source>
        <translation>此证件自 %1 起才生效。</translation>
    </message>
    <message numerus="yes">
        <source>This card expires in %n day(s): offer a renewal now.</source>
        <translation>
            <numerusform>此证件将在 %n 天后到期：可提醒群众现在办理换领。</numerusform>
        </translation>
    </message>
    <message>
        <source>Card read: %1.</source>
        <translation>已读取：%1。</translation>
    </message>
    <message>
        <source>Could not read the card: %1</source>
        <translation>身份证读卡失败：%1</translation>
    </message>
    <message>
        <source>Card not read.</source>
        <translation>未读到证件。</translation>
    </message>
    <message>
        <source>Printing the test page…</source>
        <translation>正在打印测试页……</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Warning: the visit could not be saved locally. %1</source>
        <translation>警告：本次接待未能保存到本地。%1</translation>
    </message>
    <message>
        <source>A visit was left unfinished (%1, ID %2). Restore it?</source>
        <translation>有一次接待未办完（%1，证件号 %2）。是否恢复？</translation>
    </message>
    <message>
        <source>The unfinished visit was restored.</source>
        <translation>已恢复未办完的接待。</translation>
    </message>
    <message>
        <source>The unfinished visit was discarded.</source>
        <translation>已放弃未办完的接待。</translation>
    </message>
    <message>
        <source>Notes on this visit (kept with the visit, encrypted)</source>
        <translation>本次接待备注（随接待保存，已加密）</translation>
    </message>
    <message>
        <source>1  Identify  (Alt+1)</source>
        <translation>1  核验身份  (Alt+1)</translation>
    </message>
    <message>
        <source>%1 printed: %2</source>
        <translation>%1已打印：%2</translation>
    </message>
    <message>
        <source>%1 was not printed. %2</source>
        <translation>%1未能打印。%2</translation>
    </message>
    <message>
        <source>A visit was left unfinished (matter %1, no card read). Restore it?</source>
        <translation>有一次未办完的接待（事项 %1，未读卡）。要恢复吗？</translation>
    </message>
    <message>
        <source>The test page</source>
        <translation>测试页</translation>
    </message>
    <message>
        <source>The service catalog could not be loaded: %1</source>
        <translation>无法加载服务目录：%1</translation>
    </message>
    <message>
        <source>Type Chinese or pinyin initials to find the matter, Enter to choose.</source>
        <translation>输入中文或拼音首字母查找事项，按回车选定。</translation>
    </message>
    <message>
        <source>The catalog has no matter &quot;%1&quot;.</source>
        <translation>目录中没有事项“%1”。</translation>
    </message>
    <message>
        <source>%1: answer the questions; the checklist follows every answer.</source>
        <translation>%1：请逐项回答问题，材料清单随每个回答更新。</translation>
    </message>
    <message>
        <source>Choose the matter first (F4): the notice lists what that matter still needs.</source>
        <translation>请先选择事项（F4）：告知单列出该事项尚缺的材料。</translation>
    </message>
    <message>
        <source>The one-time notice</source>
        <translation>一次性告知单</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <source>Printing the one-time notice…</source>
        <translation>正在打印一次性告知单……</translation>
    </message>
    <message>
        <source>Printing the checklist…</source>
        <translation>正在打印材料清单……</translation>
    </message>
    <message>
        <source>2  Matters and materials  (Alt+2)</source>
        <translation>2  事项与材料  (Alt+2)</translation>
    </message>
    <message>
        <source>3  Citizen confirms  (Alt+3)</source>
        <translation>3  群众确认  (Alt+3)</translation>
    </message>
    <message>
        <source>4  Accept and fee  (Alt+4)</source>
        <translation>4  受理收费  (Alt+4)</translation>
    </message>
    <message>
        <source>Remove this matter  (Ctrl+Del)</source>
        <translation>移除此事项  (Ctrl+Del)</translation>
    </message>
    <message>
        <source>Find another matter for this visit (Enter adds it), or Esc to go back.</source>
        <translation>查找本次要一并办理的其他事项（回车添加），Esc 返回。</translation>
    </message>
    <message>
        <source>Matter %1 of this visit is not in the catalog on this workstation (version %2): remove it (Ctrl+Del) and choose it again (F4).</source>
        <translation>本次办理的事项 %1 不在本机的事项目录中（版本 %2）：请移除（Ctrl+Del）后重新选择（F4）。</translation>
    </message>
    <message>
        <source>Matter %1 removed from this visit.</source>
        <translation>已从本次办理中移除事项 %1。</translation>
    </message>
    <message>
        <source> (not in catalog)</source>
        <translation>（目录中无此事项）</translation>
    </message>
    <message>
        <source> (refused)</source>
        <translation>（不予受理）</translation>
    </message>
    <message numerus="yes">
        <source> (%n question(s) open)</source>
        <translation>
            <numerusform>（%n 个问题待答）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n missing)</source>
        <translation>
            <numerusform>（缺 %n 项材料）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not accepted)</source>
        <translation>%1（不予受理）</translation>
    </message>
    <message>
        <source>By mail to %1, %2
%3</source>
        <translation>邮寄给 %1，%2
%3</translation>
    </message>
    <message>
        <source>Pick up at the counter (SMS to %1)</source>
        <translation>到窗口领取（短信通知 %1）</translation>
    </message>
    <message>
        <source>no phone given</source>
        <translation>未留手机号</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still open</source>
        <translation>
            <numerusform>还有 %n 个问题未回答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) to follow (one-time notice)</source>
        <translation>
            <numerusform>%n 项材料后补（一次性告知）</numerusform>
        </translation>
    </message>
    <message>
        <source>The details changed after the citizen confirmed them: show them again (F8) so that the citizen confirms what is accepted.</source>
        <translation>群众确认后信息又有变动：请再次展示（F8），由群众确认将要受理的内容。</translation>
    </message>
    <message>
        <source>No citizen identified yet.</source>
        <translation>尚未核验群众身份。</translation>
    </message>
    <message>
        <source>%1, ID %2
%3</source>
        <translation>%1，身份证号 %2
%3</translation>
    </message>
    <message>
        <source>Read the citizen&apos;s ID card first (F2): the citizen confirms their own details.</source>
        <translation>请先读取群众的身份证（F2）：由群众本人核对其信息。</translation>
    </message>
    <message>
        <source>Choose the matter first (F4): the citizen confirms what is accepted.</source>
        <translation>请先选择事项（F4）：由群众确认将要受理的内容。</translation>
    </message>
    <message>
        <source>Shown on the citizen screen: the citizen checks the details and signs.</source>
        <translation>已在群众屏上展示：请群众核对信息并签名。</translation>
    </message>
    <message>
        <source>Waiting for the citizen to confirm and sign…</source>
        <translation>正在等待群众确认签名…</translation>
    </message>
    <message>
        <source>The citizen confirmed and signed. Check the decision and fee, then F10 accepts.</source>
        <translation>群众已确认签名。请核对受理决定和费用，按 F10 受理。</translation>
    </message>
    <message>
        <source>The visit cannot be accepted yet:
%1</source>
        <translation>暂不能受理：
%1</translation>
    </message>
    <message>
        <source>The cases could not be saved; nothing was accepted. %1 The visit stays on screen: try F10 again.</source>
        <translation>案件未能保存，本次未受理任何事项。%1 本次办理仍保留在屏幕上：请再按 F10 重试。</translation>
    </message>
    <message>
        <source>Accepted: case(s) %1.</source>
        <translation>已受理，案件号：%1。</translation>
    </message>
    <message>
        <source>Start: %1  (Enter)</source>
        <translation>开始办理：%1  (Enter)</translation>
    </message>
    <message>
        <source>Choose the matter  (Enter)</source>
        <translation>选择事项  (Enter)</translation>
    </message>
    <message>
        <source>Every material of %1 marked as handed over.</source>
        <translation>%1 的材料已全部标记为已收取。</translation>
    </message>
    <message>
        <source>the signature was not stored (%1)</source>
        <translation>签名未能保存（%1）</translation>
    </message>
    <message>
        <source>the SMS for %1 was not queued (%2)</source>
        <translation>%1 的短信未能排队（%2）</translation>
    </message>
    <message>
        <source>Warning: the printouts were not kept with the cases. %1</source>
        <translation>警告：打印件未能随案件留存。%1</translation>
    </message>
    <message>
        <source>Accepted, but %1.</source>
        <translation>已受理，但%1。</translation>
    </message>
    <message>
        <source>This card (ID %1) is not the one appointment %2 was booked with (ID %3): check who is at the counter before going on.</source>
        <translation>此证件（身份证号 %1）与预约 %2 登记的证件（身份证号 %3）不符：请先核实窗口前办事人的身份。</translation>
    </message>
    <message>
        <source>The scanned code is not an appointment code.</source>
        <translation>扫描的不是预约码。</translation>
    </message>
    <message>
        <source>Appointment %1: finish the current visit (F10) or remove its matters (Ctrl+Del) first, then scan it again.</source>
        <translation>预约 %1：请先办结当前业务（F10）或移除其事项（Ctrl+Del），再重新扫码。</translation>
    </message>
    <message>
        <source>The appointments could not be read: %1</source>
        <translation>无法读取预约：%1</translation>
    </message>
    <message>
        <source>No appointment %1 on this workstation: look it up with the citizen&apos;s ID number, or start the visit without it.</source>
        <translation>本机没有预约 %1：请用群众的身份证号查询，或不按预约直接办理。</translation>
    </message>
    <message>
        <source>Appointment %1 opened (%2, booked for %3): the answers are pre-filled. Read the citizen&apos;s ID card (F2) to check it is them.</source>
        <translation>已打开预约 %1（%2，预约时间 %3）：已预填申请信息。请读取群众身份证（F2）核实是否本人。</translation>
    </message>
    <message>
        <source>The signature was not taken: %1</source>
        <translation>签名未采集：%1</translation>
    </message>
    <message>
        <source>Identity verified by face (刷脸办): no card was read; the photo shown is the register photo.</source>
        <translation>已通过刷脸核验身份（刷脸办）：未读取证件，显示的照片为户籍登记照片。</translation>
    </message>
    <message>
        <source>Appointment %1 opened (%2, booked for %3): the answers are pre-filled and the card matches the booking.</source>
        <translation>已打开预约 %1（%2，预约时间 %3）：已预填申请信息，证件与预约相符。</translation>
    </message>
</context>
<context>
    <name>ow::gui::DeviceBar</name>
    <message>
        <source>Devices:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>No %1 is set up for this profile.</source>
        <translation>本模式未配置%1。</translation>
    </message>
    <message>
        <source>Simulated device</source>
        <translation>模拟设备</translation>
    </message>
    <message>
        <source>%1: %2 (driver %3)</source>
        <translation>%1：%2（驱动 %3）</translation>
    </message>
</context>
<context>
    <name>ow::gui::FaceDesk</name>
    <message>
        <source>The photo was not linked to case %1: %2</source>
        <translation>照片未能关联到案件 %1：%2</translation>
    </message>
    <message>
        <source>F3  verify the face against the card photo
F3  without a card: identify by face (刷脸办)
F7  take the standard ID photo (一照通用)</source>
        <translation>F3  人证核验（与证件照片比对）
F3  未带证件：刷脸办
F7  拍摄标准证件照（一照通用）</translation>
    </message>
    <message>
        <source>Reusable photo ✓ (%1)</source>
        <translation>可复用照片 ✓（%1）</translation>
    </message>
    <message>
        <source>The card&apos;s photo could not be read: fetching the register photo…</source>
        <translation>无法读取证件照片：正在获取户籍登记照片…</translation>
    </message>
    <message>
        <source>Face not verified.</source>
        <translation>人脸未核验通过。</translation>
    </message>
    <message>
        <source>Identity verified by face ✓ (no card)</source>
        <translation>已刷脸核验身份 ✓（未带证件）</translation>
    </message>
    <message>
        <source>Face verified ✓</source>
        <translation>人证核验通过 ✓</translation>
    </message>
    <message>
        <source>Identity verified by face: the visit continues without a card.</source>
        <translation>已刷脸核验身份：无需证件，继续办理。</translation>
    </message>
    <message>
        <source>Face verified: the citizen is the card holder.</source>
        <translation>人证核验通过：办事群众即为持证人。</translation>
    </message>
    <message>
        <source>Standard photo kept with the citizen.</source>
        <translation>标准照片已随群众信息保存。</translation>
    </message>
    <message>
        <source>Register photo from the %1. %2</source>
        <translation>登记照片来自%1。%2</translation>
    </message>
</context>
<context>
    <name>ow::gui::FacePreview</name>
    <message>
        <source>Waiting for the camera…</source>
        <translation>正在等待摄像头…</translation>
    </message>
    <message>
        <source>No camera picture: %1</source>
        <translation>摄像头无画面：%1</translation>
    </message>
    <message>
        <source>Face models not installed: no face boxes</source>
        <translation>未安装人脸模型：不显示人脸框</translation>
    </message>
    <message>
        <source>No face</source>
        <translation>未检测到人脸</translation>
    </message>
    <message>
        <source>Face found</source>
        <translation>已检测到人脸</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n 张人脸</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::FaceVerifyDialog</name>
    <message>
        <source>Face verification (F3)</source>
        <translation>人证核验（F3）</translation>
    </message>
    <message>
        <source>Live camera</source>
        <translation>实时画面</translation>
    </message>
    <message>
        <source>Photo on the ID card chip</source>
        <translation>身份证芯片照片</translation>
    </message>
    <message>
        <source>Register photo</source>
        <translation>户籍登记照片</translation>
    </message>
    <message>
        <source>A supervisor may accept the identity after looking at the citizen and the photo. The override is recorded with the supervisor&apos;s number.</source>
        <translation>值班长当面核对群众与照片后，可确认其身份。此项放行将连同值班长警号一并记录。</translation>
    </message>
    <message>
        <source>Supervisor number</source>
        <translation>值班长警号</translation>
    </message>
    <message>
        <source>Supervisor password</source>
        <translation>值班长密码</translation>
    </message>
    <message>
        <source>Accept as supervisor</source>
        <translation>值班长确认放行</translation>
    </message>
    <message>
        <source>Compare now  (Space)</source>
        <translation>立即比对（空格）</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Supervisor override…</source>
        <translation>值班长放行…</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>是同一人</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Face models are not installed, so the computer cannot compare faces. Compare the citizen in front of you with the photo yourself; your decision is recorded.</source>
        <translation>未安装人脸模型，系统无法比对人脸。请您亲自核对面前的群众与照片是否为同一人，您的判断将被记录。</translation>
    </message>
    <message>
        <source>No camera picture yet.</source>
        <translation>摄像头尚无画面。</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在比对…</translation>
    </message>
    <message>
        <source>live picture: %1</source>
        <translation>实时画面：%1</translation>
    </message>
    <message>
        <source>card photo: %1</source>
        <translation>证件照片：%1</translation>
    </message>
    <message>
        <source>register photo: %1</source>
        <translation>户籍登记照片：%1</translation>
    </message>
    <message>
        <source>the head-turn check has not passed: ask the citizen to look at the camera, turn the head and look back</source>
        <translation>转头活体检测尚未通过：请群众先正视摄像头，再向一侧转头，然后转回</translation>
    </message>
    <message>
        <source>Similarity %1, threshold %2 (a match needs at least the threshold).</source>
        <translation>相似度 %1，阈值 %2（不低于阈值即为同一人）。</translation>
    </message>
    <message>
        <source>Threshold %1. No similarity was computed.</source>
        <translation>阈值 %1。未计算相似度。</translation>
    </message>
    <message>
        <source>Match: the citizen is the person of the photo.</source>
        <translation>比对一致：办事群众与照片为同一人。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>No match: the face differs from the photo.</source>
        <translation>比对不一致：人脸与照片不符。</translation>
    </message>
    <message>
        <source>Cannot decide: %1.</source>
        <translation>无法判断：%1。</translation>
    </message>
    <message>
        <source>Type the supervisor&apos;s number and password.</source>
        <translation>请输入值班长警号和密码。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核验…</translation>
    </message>
    <message>
        <source>Accepted by supervisor %1 despite the no-match.</source>
        <translation>比对不一致，已由值班长 %1 确认放行。</translation>
    </message>
    <message>
        <source>Officer %1 is not a supervisor: only a supervisor can accept a no-match.</source>
        <translation>警号 %1 不是值班长：只有值班长可以放行比对不一致的情况。</translation>
    </message>
    <message>
        <source>You confirmed: same person (recorded).</source>
        <translation>您已确认：是同一人（已记录）。</translation>
    </message>
    <message>
        <source>You decided: not the same person (recorded).</source>
        <translation>您已判定：不是同一人（已记录）。</translation>
    </message>
</context>
<context>
    <name>ow::gui::GuidePanel</name>
    <message>
        <source>Other matter  (F4)</source>
        <translation>换个事项  (F4)</translation>
    </message>
    <message>
        <source>Checklist — tick what the citizen hands over</source>
        <translation>材料清单——群众交来的材料请勾选</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Print checklist  (F9)</source>
        <translation>打印材料清单  (F9)</translation>
    </message>
    <message>
        <source>Print one-time notice  (Shift+F9)</source>
        <translation>打印一次性告知单  (Shift+F9)</translation>
    </message>
    <message>
        <source>%1 · %2 · catalog %3</source>
        <translation>%1 · %2 · 目录 %3</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>办理依据：%1</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>以上都没有</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>填数字</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>All questions answered: this is the citizen&apos;s exact checklist.</source>
        <translation>全部问题已回答：这就是该群众的准确材料清单。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still open; materials marked &quot;possibly&quot; depend on them.</source>
        <translation>
            <numerusform>还有 %n 个问题未回答；标注“可能需要”的材料取决于这些问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (possibly)</source>
        <translation>%1（可能需要）</translation>
    </message>
    <message>
        <source>[counter photo accepted]</source>
        <translation>［可窗口现场拍照］</translation>
    </message>
    <message>
        <source>(depends on open questions)</source>
        <translation>（取决于未答问题）</translation>
    </message>
    <message>
        <source>Fee: free</source>
        <translation>收费：免费</translation>
    </message>
    <message>
        <source>Fee: %1 — total %2</source>
        <translation>收费：%1——合计 %2</translation>
    </message>
    <message>
        <source>Done on the spot (instant matter).</source>
        <translation>即来即办，当场办结。</translation>
    </message>
    <message numerus="yes">
        <source>Promised within %n working day(s): by %1.</source>
        <translation>
            <numerusform>承诺 %n 个工作日内办结：%1 前。</numerusform>
        </translation>
    </message>
    <message>
        <source>All handed over  (Ctrl+R)</source>
        <translation>材料已收齐  (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>ow::gui::IdCardView</name>
    <message>
        <source>Show &amp;number</source>
        <translation>显示号码(&amp;N)</translation>
    </message>
    <message>
        <source>Shows the whole ID number. Every look is recorded.</source>
        <translation>显示完整身份号码。每次查看都会记录。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>New address: %1</source>
        <translation>新住址：%1</translation>
    </message>
    <message>
        <source>Chip photo cannot be
decoded on this
workstation</source>
        <translation>本工作站无法
解码芯片照片</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Travel pass</source>
        <translation>通行证号码</translation>
    </message>
    <message>
        <source>Issue count</source>
        <translation>签发次数</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>证件号码</translation>
    </message>
</context>
<context>
    <name>ow::gui::IdNumberDialog</name>
    <message>
        <source>Identify by face (刷脸办)</source>
        <translation>刷脸办（未带证件）</translation>
    </message>
    <message>
        <source>The citizen has no card with them. Type their ID number: the register photo is fetched and their face verified against it.</source>
        <translation>群众未带证件。请输入其公民身份号码：系统将获取户籍登记照片，并与其人脸比对。</translation>
    </message>
    <message>
        <source>18-character ID number</source>
        <translation>18 位公民身份号码</translation>
    </message>
    <message>
        <source>Fetch the register photo</source>
        <translation>获取户籍登记照片</translation>
    </message>
    <message>
        <source>Fetching the register photo…</source>
        <translation>正在获取户籍登记照片…</translation>
    </message>
</context>
<context>
    <name>ow::gui::LockScreen</name>
    <message>
        <source>Screen locked</source>
        <translation>屏幕已锁定</translation>
    </message>
    <message>
        <source>Officer %1 %2: enter your password to go on. The work in progress is kept.</source>
        <translation>警号 %1 %2：请输入密码继续。正在办理的业务已保留。</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码……</translation>
    </message>
</context>
<context>
    <name>ow::gui::LoginWindow</name>
    <message>
        <source>OneWindow — log in</source>
        <translation>一窗通办 — 登录</translation>
    </message>
    <message>
        <source>OneWindow</source>
        <translation>一窗通办</translation>
    </message>
    <message>
        <source>One counter for every matter: the citizen runs at most once.</source>
        <translation>一窗受理，综合服务，群众最多跑一次。</translation>
    </message>
    <message>
        <source>e.g. 000123</source>
        <translation>例如 000123</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>工作模式(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Officer number:</source>
        <translation>警号(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Training with simulated devices. Practice data never mixes with real cases.</source>
        <translation>使用模拟设备进行培训，练习数据与正式业务完全隔离。</translation>
    </message>
    <message>
        <source>For house calls on a laptop: works offline and syncs when back.</source>
        <translation>笔记本上门服务：可离线办理，联网后自动同步。</translation>
    </message>
    <message>
        <source>The service counter, with the devices installed at this window.</source>
        <translation>服务窗口，使用本窗口安装的设备。</translation>
    </message>
    <message>
        <source>Enter your officer number (at least 4 characters).</source>
        <translation>请输入警号（至少 4 位）。</translation>
    </message>
    <message>
        <source>simulated devices; nothing here reaches real records</source>
        <translation>使用模拟设备，练习数据不会进入正式业务</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Practice accounts (click one to fill it in):</source>
        <translation>练习账号（点击即可填入）：</translation>
    </message>
    <message>
        <source>This profile has no officers yet. Set up its administrator: only an administrator can add the other officers.</source>
        <translation>本模式还没有民警账号。请先创建管理员：只有管理员才能添加其他民警。</translation>
    </message>
    <message>
        <source>Officer number:</source>
        <translation>警号：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>Create administrator and log in</source>
        <translation>创建管理员并登录</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>正在验证密码……</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Enter the administrator&apos;s officer number (at least 4 characters) and name.</source>
        <translation>请输入管理员的警号（至少 4 位）和姓名。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
</context>
<context>
    <name>ow::gui::MainWindow</name>
    <message>
        <source>OneWindow — %1 — PRACTICE</source>
        <translation>一窗通办 — %1 — 练习</translation>
    </message>
    <message>
        <source>OneWindow — %1</source>
        <translation>一窗通办 — %1</translation>
    </message>
    <message>
        <source>Ready. Press F2 to read an ID card, F1 for all shortcuts.</source>
        <translation>就绪。按 F2 读取身份证，按 F1 查看全部快捷键。</translation>
    </message>
    <message>
        <source>Help and shortcuts</source>
        <translation>帮助与快捷键</translation>
    </message>
    <message>
        <source>Read ID card</source>
        <translation>读身份证</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>simulated devices; nothing here reaches real records</source>
        <translation>使用模拟设备，练习数据不会进入正式业务</translation>
    </message>
    <message>
        <source>%1 · Officer %2 %3 · Profile: %4</source>
        <translation>%1 · 警号 %2 %3 · 模式：%4</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>修改密码……</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Unlocked. Welcome back.</source>
        <translation>已解锁，欢迎回来。</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>Find a matter</source>
        <translation>查找事项</translation>
    </message>
    <message>
        <source>Print the one-time notice</source>
        <translation>打印一次性告知单</translation>
    </message>
    <message>
        <source>Step 1: identify</source>
        <translation>第 1 步：核验身份</translation>
    </message>
    <message>
        <source>Step 2: matters</source>
        <translation>第 2 步：选择事项</translation>
    </message>
    <message>
        <source>Call the next ticket</source>
        <translation>呼叫下一位</translation>
    </message>
    <message>
        <source>Call the ticket again</source>
        <translation>重新呼叫</translation>
    </message>
    <message>
        <source>The called citizen did not come</source>
        <translation>过号（被叫群众未到）</translation>
    </message>
    <message>
        <source>Show on the citizen screen for confirmation</source>
        <translation>在群众屏上展示确认</translation>
    </message>
    <message>
        <source>Accept the case</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Step 3: citizen confirms</source>
        <translation>第 3 步：群众确认</translation>
    </message>
    <message>
        <source>Step 4: accept and fee</source>
        <translation>第 4 步：受理收费</translation>
    </message>
    <message>
        <source>Next matter of the visit</source>
        <translation>本次办理的下一个事项</translation>
    </message>
    <message>
        <source>Previous matter of the visit</source>
        <translation>本次办理的上一个事项</translation>
    </message>
    <message>
        <source>Remove the matter on screen</source>
        <translation>移除当前事项</translation>
    </message>
    <message>
        <source>All materials handed over</source>
        <translation>材料已收齐</translation>
    </message>
    <message>
        <source>Find a case</source>
        <translation>查找案件</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Express deliveries of the day…</source>
        <translation>今日邮寄并件…</translation>
    </message>
    <message>
        <source>Send pickup reminders (SMS) for every ready case</source>
        <translation>为所有待领取业务发送领取提醒短信</translation>
    </message>
    <message>
        <source>Queuing pickup reminders…</source>
        <translation>正在排队领取提醒短信…</translation>
    </message>
    <message>
        <source>Pickup reminders were not queued: %1</source>
        <translation>领取提醒未能排队：%1</translation>
    </message>
    <message>
        <source>Pickup reminders queued: %1 (already reminded today: %2; without a phone, to call: %3). They are sent with the next sync.</source>
        <translation>已排队领取提醒 %1 条（今日已提醒：%2；无手机号需电话联系：%3）。将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Face verification</source>
        <translation>人证核验</translation>
    </message>
    <message>
        <source>Take the standard photo</source>
        <translation>拍摄标准照片</translation>
    </message>
    <message>
        <source>Sync problems…</source>
        <translation>同步问题…</translation>
    </message>
</context>
<context>
    <name>ow::gui::MatterPicker</name>
    <message>
        <source>Find a matter: Chinese, pinyin initials (e.g. tkpo) or code — ↑↓ to move, Enter to choose</source>
        <translation>查找事项：中文、拼音首字母（如 tkpo）或编码——↑↓ 移动，回车选定</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Ctrl+Tab: next category</source>
        <translation>Ctrl+Tab：下一类别</translation>
    </message>
    <message>
        <source>The service catalog could not be loaded. Ask the duty chief to check the workstation.</source>
        <translation>无法加载服务目录。请值班长检查本工作站。</translation>
    </message>
    <message>
        <source>instant</source>
        <translation>即来即办</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Used recently</source>
        <translation>最近办理过</translation>
    </message>
    <message>
        <source>No matter matches &quot;%1&quot;. Try fewer letters, or another category tab.</source>
        <translation>没有与“%1”匹配的事项。请少输几个字母，或换个类别。</translation>
    </message>
</context>
<context>
    <name>ow::gui::PasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>正在修改密码……</translation>
    </message>
</context>
<context>
    <name>ow::gui::PhotoDialog</name>
    <message>
        <source>Standard ID photo (F7)</source>
        <translation>标准证件照（F7）</translation>
    </message>
    <message>
        <source>Specification</source>
        <translation>照片规格</translation>
    </message>
    <message>
        <source>Take the photo  (Space)</source>
        <translation>拍照（空格）</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>Keep with the citizen</source>
        <translation>随群众信息保存</translation>
    </message>
    <message>
        <source>Print photo sheet  (F9)</source>
        <translation>打印照片（F9）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The photo sheet was printed.</source>
        <translation>照片已打印。</translation>
    </message>
    <message>
        <source>Face models are not installed, so the photo cannot be measured against the specification. Ask the citizen for photos from a studio.</source>
        <translation>未安装人脸模型，无法按规格检测照片。请群众提供照相馆拍摄的证件照。</translation>
    </message>
    <message>
        <source>Nobody is identified yet: the photo can be made and printed, but kept only after the card is read or the face verified.</source>
        <translation>尚未核验身份：可以拍摄和打印照片，但须在读取证件或刷脸核验后才能保存。</translation>
    </message>
    <message>
        <source>Ask the citizen to look straight at the camera, then press Space.</source>
        <translation>请群众正视摄像头，然后按空格拍照。</translation>
    </message>
    <message>
        <source>A kept photo could not be opened: %1</source>
        <translation>无法打开已保存的照片：%1</translation>
    </message>
    <message>
        <source>A photo kept on %1 can be used again until %2 (一照通用). Print a sheet with F9, or take a new one.</source>
        <translation>%1 保存的照片在 %2 之前可以复用（一照通用）。按 F9 打印，或重新拍摄。</translation>
    </message>
    <message>
        <source>No camera picture yet: check the camera in the device bar, or take the photo from a file.</source>
        <translation>摄像头尚无画面：请在设备栏检查摄像头，或从文件导入照片。</translation>
    </message>
    <message>
        <source>Photo file</source>
        <translation>照片文件</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp)</source>
        <translation>图片（*.jpg *.jpeg *.png *.bmp）</translation>
    </message>
    <message>
        <source>The file cannot be read as a picture: %1</source>
        <translation>无法将该文件读取为图片：%1</translation>
    </message>
    <message>
        <source>Measuring the photo…</source>
        <translation>正在检测照片…</translation>
    </message>
    <message>
        <source>The photo could not be measured: %1</source>
        <translation>无法检测照片：%1</translation>
    </message>
    <message>
        <source>The photo meets the specification (%1 KB). Print a sheet with F9.</source>
        <translation>照片符合规格（%1 KB）。按 F9 打印。</translation>
    </message>
    <message>
        <source>The photo meets the specification (%1 KB). Keep it with the citizen to use it again.</source>
        <translation>照片符合规格（%1 KB）。随群众信息保存后可再次使用。</translation>
    </message>
    <message numerus="yes">
        <source>The photo does not meet the specification: %n problem(s), listed first. Adjust and take it again.</source>
        <translation>
            <numerusform>照片不符合规格：%n 项问题（列在最前）。请调整后重拍。</numerusform>
        </translation>
    </message>
    <message>
        <source>The photo was not kept: %1</source>
        <translation>照片未保存：%1</translation>
    </message>
    <message>
        <source>Kept with the citizen (encrypted). It is offered again on later visits until %1.</source>
        <translation>已随群众信息加密保存，%1 之前再次办事时可直接复用。</translation>
    </message>
    <message>
        <source>Printing the photo sheet (10 one-inch photos, free of charge)…</source>
        <translation>正在打印照片（10 张一寸照，免费）…</translation>
    </message>
</context>
<context>
    <name>ow::gui::QueuePanel</name>
    <message>
        <source>60+</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>under 16</source>
        <translation>未满16岁</translation>
    </message>
    <message>
        <source>military</source>
        <translation>现役军人</translation>
    </message>
    <message>
        <source>talent</source>
        <translation>人才</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>特事特办</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>green channel: aged 60 or over</source>
        <translation>绿色通道：60岁以上老年人</translation>
    </message>
    <message>
        <source>green channel: under 16</source>
        <translation>绿色通道：未满16岁</translation>
    </message>
    <message>
        <source>green channel: active military</source>
        <translation>绿色通道：现役军人</translation>
    </message>
    <message>
        <source>green channel: special talent</source>
        <translation>绿色通道：高层次人才</translation>
    </message>
    <message>
        <source>green channel: disability</source>
        <translation>绿色通道：残疾人</translation>
    </message>
    <message>
        <source>green channel: urgent matter</source>
        <translation>绿色通道：特事特办</translation>
    </message>
    <message>
        <source>QUEUE</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Call next  (F5)</source>
        <translation>呼叫下一位  (F5)</translation>
    </message>
    <message>
        <source>Recall  (F6)</source>
        <translation>重新呼叫  (F6)</translation>
    </message>
    <message>
        <source>No-show  (Shift+F6)</source>
        <translation>过号  (Shift+F6)</translation>
    </message>
    <message>
        <source>Transfer to counter…</source>
        <translation>转到其他窗口…</translation>
    </message>
    <message>
        <source>Next in line</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Ticket for a walk-in</source>
        <translation>为现场群众取号</translation>
    </message>
    <message>
        <source>Issue ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Ticket %1 issued (%2).</source>
        <translation>已取号 %1（%2）。</translation>
    </message>
    <message>
        <source>The current citizen&apos;s visit is not finished: accept it (F10) or remove its matters (Ctrl+Del) before calling the next ticket.</source>
        <translation>当前群众尚未办结：请先受理（F10）或移除其事项（Ctrl+Del），再呼叫下一位。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this counter.</source>
        <translation>本窗口暂无等候群众。</translation>
    </message>
    <message>
        <source>Called %1 (%2).</source>
        <translation>已呼叫 %1（%2）。</translation>
    </message>
    <message>
        <source>Called %1.</source>
        <translation>已呼叫 %1。</translation>
    </message>
    <message>
        <source>No ticket to call again: press F5 to call the next one.</source>
        <translation>没有可重新呼叫的号：按 F5 呼叫下一位。</translation>
    </message>
    <message numerus="yes">
        <source>Called %1 again (%n time(s)).</source>
        <translation>
            <numerusform>已再次呼叫 %1（第 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a ticket that was called and has not come can be marked as not present.</source>
        <translation>只有已呼叫但未到的号才能过号。</translation>
    </message>
    <message>
        <source>%1 marked as not present. F5 calls the next ticket.</source>
        <translation>%1 已过号。按 F5 呼叫下一位。</translation>
    </message>
    <message>
        <source>No ticket to transfer.</source>
        <translation>没有可转窗口的号。</translation>
    </message>
    <message>
        <source>%1 transferred to counter %2; it is first in line there.</source>
        <translation>%1 已转到 %2 号窗口，在该窗口优先办理。</translation>
    </message>
    <message>
        <source>Now: %1
%2</source>
        <translation>当前：%1
%2</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>当前：%1</translation>
    </message>
    <message>
        <source>Now: —</source>
        <translation>当前：—</translation>
    </message>
    <message>
        <source>Waiting: %1 (green channel: %2)</source>
        <translation>等候：%1 人（绿色通道 %2 人）</translation>
    </message>
    <message>
        <source>Average wait: %1 min</source>
        <translation>平均等候 %1 分钟</translation>
    </message>
    <message>
        <source>The caller display did not show the call: %1 Call the citizen by voice.</source>
        <translation>叫号屏未显示本次呼叫：%1 请口头呼叫群众。</translation>
    </message>
</context>
<context>
    <name>ow::gui::ShipmentsDialog</name>
    <message>
        <source>Express deliveries of the day</source>
        <translation>今日邮寄并件</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Cases in the parcel</source>
        <translation>件内业务</translation>
    </message>
    <message>
        <source>Print the shipping list  (F9)</source>
        <translation>打印寄递清单  (F9)</translation>
    </message>
    <message>
        <source>The ready cases could not be read: %1</source>
        <translation>无法读取待领取业务：%1</translation>
    </message>
    <message>
        <source>No case ready to be mailed.</source>
        <translation>暂无待邮寄的业务。</translation>
    </message>
    <message>
        <source>%1 case(s) to mail in %2 parcel(s): %3 parcel(s) saved by merging.</source>
        <translation>待邮寄 %1 件业务，合并为 %2 个包裹：并件节省 %3 个包裹。</translation>
    </message>
    <message>
        <source>The shipping list is being printed.</source>
        <translation>正在打印寄递清单。</translation>
    </message>
</context>
<context>
    <name>ow::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>显示本列表</translation>
    </message>
    <message>
        <source>Read the ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the current dialog</source>
        <translation>关闭当前对话框</translation>
    </message>
    <message>
        <source>Show the whole ID number (recorded)</source>
        <translation>显示完整身份号码（会记录）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Lock the screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <source>Print: the checklist on the matters step, a printer test page on the identify step</source>
        <translation>打印：在“选择事项”步骤打印材料清单，在“核验身份”步骤打印测试页</translation>
    </message>
    <message>
        <source>Print the one-time notice (what the citizen still has to bring)</source>
        <translation>打印一次性告知单（群众还需补交的材料）</translation>
    </message>
    <message>
        <source>Find a case (case number, ID number, mobile number or name); Ctrl+1..9 change its status</source>
        <translation>查找案件（受理编号、身份证号、手机号或姓名）；Ctrl+1..9 变更其状态</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>After the card: start the suggested matter (a renewal for an expiring card) or choose one</source>
        <translation>读卡后：开始办理建议的事项（证件到期则为换领），或选择事项</translation>
    </message>
    <message>
        <source>Find a matter (Chinese or pinyin initials; Ctrl+Tab: next category); with a matter open, add another to the visit</source>
        <translation>查找事项（中文或拼音首字母；Ctrl+Tab 切换分类）；已有事项时，为本次办理再添加一项</translation>
    </message>
    <message>
        <source>Previous or next matter of the visit</source>
        <translation>本次办理的上一个或下一个事项</translation>
    </message>
    <message>
        <source>Remove the matter on screen from the visit</source>
        <translation>从本次办理中移除当前事项</translation>
    </message>
    <message>
        <source>Every material of the matter handed over</source>
        <translation>当前事项材料已收齐</translation>
    </message>
    <message>
        <source>Call the next ticket (green channel first, within the fairness limit)</source>
        <translation>呼叫下一位（绿色通道优先，受公平规则限制）</translation>
    </message>
    <message>
        <source>Call the ticket again; the called citizen did not come</source>
        <translation>重新呼叫；被叫群众未到（过号）</translation>
    </message>
    <message>
        <source>Show the details on the citizen screen: the citizen checks and signs</source>
        <translation>在群众屏上展示信息：群众核对并签名</translation>
    </message>
    <message>
        <source>Accept: write the cases, print the receipt</source>
        <translation>受理：保存案件并打印回执</translation>
    </message>
    <message>
        <source>Go to a step: identify, matters, citizen confirms, accept and fee</source>
        <translation>转到步骤：核验身份、事项与材料、群众确认、受理收费</translation>
    </message>
    <message>
        <source>Face verification against the card photo; without a card: identify by face (刷脸办)</source>
        <translation>人证核验（与证件照片比对）；未带证件时刷脸办</translation>
    </message>
    <message>
        <source>Take the standard ID photo, reuse a kept one, print a photo sheet</source>
        <translation>拍摄标准证件照、复用已保存照片、打印照片</translation>
    </message>
</context>
<context>
    <name>ow::gui::SignatureArea</name>
    <message>
        <source>Sign here</source>
        <translation>请在此签名</translation>
    </message>
</context>
<context>
    <name>ow::gui::SyncIndicator</name>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <source>This workstation has no central service set up; cases stay on this computer.</source>
        <translation>本工作站未设置中心服务，业务数据只保存在本机。</translation>
    </message>
    <message>
        <source>Not synced (last %1), waiting: %2 — %3</source>
        <translation>未同步（上次 %1），待发送：%2 — %3</translation>
    </message>
    <message>
        <source>Synced %1, waiting: %2</source>
        <translation>已同步 %1，待发送：%2</translation>
    </message>
    <message>
        <source>Click to sync now.</source>
        <translation>点击立即同步。</translation>
    </message>
    <message>
        <source>Needs an officer: %1 conflict(s), %2 rejected.</source>
        <translation>需民警处理：冲突 %1 项，被拒收 %2 项。</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) an officer</source>
        <translation>
            <numerusform>%n 件需民警处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the sync problems.</source>
        <translation>点击查看同步问题。</translation>
    </message>
    <message>
        <source>Not synced yet, waiting: %1</source>
        <translation>尚未同步，待发送：%1</translation>
    </message>
    <message>
        <source>Not synced yet, waiting: %1 — %2</source>
        <translation>尚未同步，待发送：%1 — %2</translation>
    </message>
</context>
<context>
    <name>ow::gui::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>This counter</source>
        <translation>本窗口</translation>
    </message>
    <message>
        <source>Central service</source>
        <translation>中心服务</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Take the central version</source>
        <translation>采用中心版本(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开业务(&amp;O)</translation>
    </message>
    <message>
        <source>The sync problems could not be read: %1</source>
        <translation>无法读取同步问题：%1</translation>
    </message>
    <message>
        <source>Nothing needs an officer: every change made here was taken by the central service.</source>
        <translation>没有需要处理的问题：本窗口的变更均已被中心服务接收。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) need an officer. Choose a row, then take the central version (Alt+T) or open the case (Alt+O) to look at it first.</source>
        <translation>
            <numerusform>有 %n 件业务需民警处理。请选中一行，然后采用中心版本（Alt+T），或先打开业务（Alt+O）查看。</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 was not settled: %2</source>
        <translation>业务 %1 未能处理：%2</translation>
    </message>
    <message>
        <source>Case %1 now has the central service&apos;s version.</source>
        <translation>业务 %1 已采用中心服务的版本。</translation>
    </message>
    <message>
        <source>Take the central version</source>
        <translation>采用中心版本</translation>
    </message>
    <message>
        <source>Case %1 will take the central service&apos;s version. %2 The change made here is dropped and cannot be brought back.</source>
        <translation>案件 %1 将采用中心的版本。%2 本窗口所做的更改将被放弃，且无法恢复。</translation>
    </message>
</context>
<context>
    <name>ow::identity</name>
    <message>
        <source>The card&apos;s data could not be understood (field &quot;%1&quot;). Lift the card and read it again.</source>
        <translation>无法识别证件数据（字段“%1”）。请拿起证件后重新读卡。</translation>
    </message>
    <message>
        <source>The card&apos;s data is incomplete. Lift the card and read it again.</source>
        <translation>证件数据不完整。请拿起证件后重新读卡。</translation>
    </message>
    <message>
        <source>The card was read.</source>
        <translation>读卡成功。</translation>
    </message>
    <message>
        <source>The card holds no such information (for example no new address).</source>
        <translation>证件中没有这项信息（例如没有新住址）。</translation>
    </message>
    <message>
        <source>No card on the reader: place the card flat on the reader.</source>
        <translation>读卡器上没有卡片：请将卡片平放在读卡器上。</translation>
    </message>
    <message>
        <source>The card did not answer: lift it, then place it flat on the reader again.</source>
        <translation>证件没有响应：请拿起证件，再平放到读卡器上。</translation>
    </message>
    <message>
        <source>The reader received a damaged command. It is retried; if this repeats, check the cable.</source>
        <translation>读卡器收到的指令已损坏，正在重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The reader received an incomplete command. It is retried; if this repeats, check the cable.</source>
        <translation>读卡器收到的指令不完整，正在重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The reader does not know this command: its firmware may be too old.</source>
        <translation>读卡器不支持此指令：其固件可能过旧。</translation>
    </message>
    <message>
        <source>The reader refused the operation.</source>
        <translation>读卡器拒绝了此操作。</translation>
    </message>
    <message>
        <source>The reader reported an unknown error. Lift the card and try again.</source>
        <translation>读卡器报告未知错误。请拿起证件后重试。</translation>
    </message>
    <message>
        <source>The card could not authenticate the reader&apos;s security module: this card may be damaged or not genuine.</source>
        <translation>证件无法认证读卡器的安全模块：此证件可能已损坏或不是真证。</translation>
    </message>
    <message>
        <source>The reader could not authenticate the card: this card may be damaged or not genuine.</source>
        <translation>读卡器无法认证此证件：此证件可能已损坏或不是真证。</translation>
    </message>
    <message>
        <source>The card&apos;s information failed verification: this card may be damaged or not genuine.</source>
        <translation>证件信息校验失败：此证件可能已损坏或不是真证。</translation>
    </message>
    <message>
        <source>This card is not an identity card the reader recognises.</source>
        <translation>读卡器无法识别此卡片，它不是可读取的身份证件。</translation>
    </message>
    <message>
        <source>The card could not be read: hold it still on the reader and try again.</source>
        <translation>卡片读取失败：请将卡片在读卡器上放稳后重试。</translation>
    </message>
    <message>
        <source>The reader could not start a secure session with the card. Lift the card and try again.</source>
        <translation>读卡器无法与证件建立安全会话。请拿起证件后重试。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test: the reader needs service.</source>
        <translation>读卡器安全模块自检失败：读卡器需要维修。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorised: the reader needs service.</source>
        <translation>读卡器安全模块未授权：读卡器需要维修。</translation>
    </message>
    <message>
        <source>The reader reported status %1.</source>
        <translation>读卡器返回状态 %1。</translation>
    </message>
    <message>
        <source>The reader sent a damaged answer. Try again.</source>
        <translation>读卡器返回的数据已损坏，请重试。</translation>
    </message>
    <message>
        <source>The chip photo decoder %1 is not installed or cannot be loaded.</source>
        <translation>芯片照片解码库 %1 未安装或无法加载。</translation>
    </message>
    <message>
        <source>%1 is not a chip photo decoder library.</source>
        <translation>%1 不是芯片照片解码库。</translation>
    </message>
    <message>
        <source>The chip photo cannot be decoded on this workstation.</source>
        <translation>本工作站无法解码芯片照片。</translation>
    </message>
    <message>
        <source>The card&apos;s chip photo is incomplete.</source>
        <translation>证件芯片照片不完整。</translation>
    </message>
    <message>
        <source>The chip photo could not be decoded.</source>
        <translation>芯片照片解码失败。</translation>
    </message>
    <message>
        <source>The ID reader sent data that is not a valid answer. Try again; if this repeats, check the cable and the reader&apos;s speed setting.</source>
        <translation>读卡器发来的数据不是有效应答。请重试；如反复出现，请检查连接线和读卡器的速率设置。</translation>
    </message>
    <message>
        <source>The ID reader was disconnected. Plug it in again.</source>
        <translation>读卡器已断开，请重新插好。</translation>
    </message>
    <message>
        <source>The card read was cancelled.</source>
        <translation>读卡已取消。</translation>
    </message>
    <message>
        <source>The ID reader does not answer. Check its cable and power, then wait for it to reconnect.</source>
        <translation>读卡器无响应。请检查连接线和电源，然后等待其自动重连。</translation>
    </message>
    <message>
        <source>The ID reader cannot run at %1 baud: use 115200, 57600, 38400, 19200 or 9600.</source>
        <translation>读卡器不支持 %1 波特：请使用 115200、57600、38400、19200 或 9600。</translation>
    </message>
    <message>
        <source>The ID reader&apos;s answer was cut off. Try again; if this repeats, check the cable.</source>
        <translation>读卡器的应答被截断。请重试；如反复出现，请检查连接线。</translation>
    </message>
    <message>
        <source>The ID reader did not answer in time. Try again; if this repeats, check its cable and power.</source>
        <translation>读卡器未及时响应。请重试；如反复出现，请检查连接线和电源。</translation>
    </message>
    <message>
        <source>The ID reader sent an answer of an unexpected size. Try again.</source>
        <translation>读卡器应答的长度不对。请重试。</translation>
    </message>
    <message>
        <source>The simulated reader has no card files in %1.</source>
        <translation>模拟读卡器在 %1 中没有证件文件。</translation>
    </message>
    <message>
        <source>The simulated card file %1 cannot be read.</source>
        <translation>无法读取模拟证件文件 %1。</translation>
    </message>
    <message>
        <source>The simulated card file %1 is not valid JSON.</source>
        <translation>模拟证件文件 %1 不是有效的 JSON。</translation>
    </message>
    <message>
        <source>Unknown simulator scenario &quot;%1&quot;. Known: %2.</source>
        <translation>未知的模拟场景“%1”。可用场景：%2。</translation>
    </message>
    <message>
        <source>The simulated reader has no card for &quot;%1&quot;.</source>
        <translation>模拟读卡器没有“%1”对应的证件。</translation>
    </message>
    <message>
        <source>The simulated reader cannot create its serial line.</source>
        <translation>模拟读卡器无法创建串行线路。</translation>
    </message>
    <message>
        <source>The chip photo decoder code %1 would write photos to disk: use the in-memory code (for example 602).</source>
        <translation>芯片照片解码代码 %1 会把照片写入磁盘：请使用内存解码代码（例如 602）。</translation>
    </message>
    <message>
        <source>The face recognition model is damaged: run packaging/dev.sh build.</source>
        <translation>人脸识别模型已损坏：请运行 packaging/dev.sh build。</translation>
    </message>
    <message>
        <source>Face models not installed: run packaging/dev.sh build.</source>
        <translation>未安装人脸模型：请运行 packaging/dev.sh build。</translation>
    </message>
    <message>
        <source>The picture is empty or in an unsupported format.</source>
        <translation>图片为空或格式不受支持。</translation>
    </message>
    <message>
        <source>Face recognition failed.</source>
        <translation>人脸识别失败。</translation>
    </message>
    <message>
        <source>Face detection failed.</source>
        <translation>人脸检测失败。</translation>
    </message>
    <message>
        <source>A face model file is damaged: run packaging/dev.sh build.</source>
        <translation>人脸模型文件已损坏：请运行 packaging/dev.sh build。</translation>
    </message>
    <message>
        <source>No face found.</source>
        <translation>未检测到人脸。</translation>
    </message>
    <message>
        <source>%1 faces found: only the citizen may be in the picture.</source>
        <translation>检测到 %1 张人脸：画面中只能有办事群众本人。</translation>
    </message>
    <message>
        <source>Face too small: %1 px, needs at least %2.</source>
        <translation>人脸太小：%1 像素，至少需要 %2。</translation>
    </message>
    <message>
        <source>Face too dark: brightness %1, needs at least %2.</source>
        <translation>人脸太暗：亮度 %1，至少需要 %2。</translation>
    </message>
    <message>
        <source>Face too bright: brightness %1, needs at most %2.</source>
        <translation>人脸太亮：亮度 %1，最多 %2。</translation>
    </message>
    <message>
        <source>Face too blurred: sharpness %1, needs at least %2.</source>
        <translation>人脸太模糊：清晰度 %1，至少需要 %2。</translation>
    </message>
    <message>
        <source>First picture: %1</source>
        <translation>第一张图片：%1</translation>
    </message>
    <message>
        <source>Second picture: %1</source>
        <translation>第二张图片：%1</translation>
    </message>
    <message>
        <source>Same person: score %1, threshold %2.</source>
        <translation>是同一人：分数 %1，阈值 %2。</translation>
    </message>
    <message>
        <source>Not the same person: score %1, threshold %2.</source>
        <translation>不是同一人：分数 %1，阈值 %2。</translation>
    </message>
    <message>
        <source>The head turn was not seen in time.</source>
        <translation>规定时间内未看到转头动作。</translation>
    </message>
    <message>
        <source>The face left the picture during the check.</source>
        <translation>检测过程中人脸离开了画面。</translation>
    </message>
    <message>
        <source>Another face came into the picture during the check.</source>
        <translation>检测过程中画面中出现了另一张人脸。</translation>
    </message>
    <message>
        <source>The face jumped between frames: start again.</source>
        <translation>人脸在画面间突然跳动：请重新开始。</translation>
    </message>
    <message>
        <source>Please look straight at the camera.</source>
        <translation>请正视摄像头。</translation>
    </message>
    <message>
        <source>Please turn your head slowly to one side.</source>
        <translation>请慢慢向一侧转头。</translation>
    </message>
    <message>
        <source>Now look back at the camera.</source>
        <translation>请转回来正视摄像头。</translation>
    </message>
    <message>
        <source>Thank you.</source>
        <translation>谢谢配合。</translation>
    </message>
    <message>
        <source>resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>exit-entry document</source>
        <translation>出入境证件</translation>
    </message>
    <message>
        <source>One face found.</source>
        <translation>检测到一张人脸。</translation>
    </message>
    <message>
        <source>%1 faces found: only the citizen may be in the photo.</source>
        <translation>检测到 %1 张人脸：照片中只能有办事群众本人。</translation>
    </message>
    <message>
        <source>Face in the picture: %1 px across, enough.</source>
        <translation>原图中人脸宽 %1 像素，足够。</translation>
    </message>
    <message>
        <source>Face too small in the picture: %1 px, needs at least %2: move the camera closer.</source>
        <translation>原图中人脸太小：%1 像素，至少需要 %2：请将摄像头靠近。</translation>
    </message>
    <message>
        <source>Eyes level (tilt %1°, corrected).</source>
        <translation>双眼水平（倾斜 %1°，已校正）。</translation>
    </message>
    <message>
        <source>Head tilted: %1°, needs within ±%2°.</source>
        <translation>头部倾斜：%1°，须在 ±%2° 以内。</translation>
    </message>
    <message>
        <source>Facing the camera.</source>
        <translation>正面朝向摄像头。</translation>
    </message>
    <message>
        <source>Head turned sideways: %1, needs within ±%2: look straight at the camera.</source>
        <translation>头部侧转：%1，须在 ±%2 以内：请正视摄像头。</translation>
    </message>
    <message>
        <source>Sharp: %1.</source>
        <translation>清晰：%1。</translation>
    </message>
    <message>
        <source>Photo blurred: sharpness %1, needs at least %2.</source>
        <translation>照片模糊：清晰度 %1，至少需要 %2。</translation>
    </message>
    <message>
        <source>Exposure good: %1.</source>
        <translation>曝光合适：%1。</translation>
    </message>
    <message>
        <source>Face too dark: %1, needs %2-%3.</source>
        <translation>人脸太暗：%1，须在 %2-%3 之间。</translation>
    </message>
    <message>
        <source>Face too bright: %1, needs %2-%3.</source>
        <translation>人脸太亮：%1，须在 %2-%3 之间。</translation>
    </message>
    <message>
        <source>The picture covers the whole photo.</source>
        <translation>原图覆盖整张照片。</translation>
    </message>
    <message>
        <source>The picture does not reach far enough around the head: %1 % of the photo missing, at most %2 %: step back or centre the camera.</source>
        <translation>原图在头部周围留边不足：照片缺少 %1 %，最多允许 %2 %：请后退或将摄像头对准中间。</translation>
    </message>
    <message>
        <source>Background plain.</source>
        <translation>背景纯净。</translation>
    </message>
    <message>
        <source>Background not plain: variation %1, needs at most %2: use the backdrop.</source>
        <translation>背景不纯净：波动 %1，最多允许 %2：请使用背景布。</translation>
    </message>
    <message>
        <source>Background light enough: %1.</source>
        <translation>背景亮度足够：%1。</translation>
    </message>
    <message>
        <source>Background too dark: %1, needs at least %2.</source>
        <translation>背景太暗：%1，至少需要 %2。</translation>
    </message>
    <message>
        <source>Face width %1 px (%2-%3).</source>
        <translation>人脸宽度 %1 像素（%2-%3）。</translation>
    </message>
    <message>
        <source>Face too small: %1 px, needs %2-%3.</source>
        <translation>人脸太小：%1 像素，须在 %2-%3 之间。</translation>
    </message>
    <message>
        <source>Face too large: %1 px, needs %2-%3.</source>
        <translation>人脸太大：%1 像素，须在 %2-%3 之间。</translation>
    </message>
    <message>
        <source>Top of the head %1 px from the top edge (%2-%3).</source>
        <translation>头顶距上边缘 %1 像素（%2-%3）。</translation>
    </message>
    <message>
        <source>Top of the head %1 px from the top edge, needs %2-%3.</source>
        <translation>头顶距上边缘 %1 像素，须在 %2-%3 之间。</translation>
    </message>
    <message>
        <source>Eye line %1 px above the bottom edge.</source>
        <translation>眼睛连线距下边缘 %1 像素。</translation>
    </message>
    <message>
        <source>Eye line too low: %1 px above the bottom edge, needs at least %2.</source>
        <translation>眼睛位置太低：距下边缘 %1 像素，至少需要 %2。</translation>
    </message>
    <message>
        <source>Chin %1 px above the bottom edge.</source>
        <translation>下巴距下边缘 %1 像素。</translation>
    </message>
    <message>
        <source>Chin too low: %1 px above the bottom edge, needs at least %2.</source>
        <translation>下巴太低：距下边缘 %1 像素，至少需要 %2。</translation>
    </message>
    <message>
        <source>File %1 KB (quality %2).</source>
        <translation>文件 %1 KB（质量 %2）。</translation>
    </message>
    <message>
        <source>File %1 KB, needs %2-%3 KB.</source>
        <translation>文件 %1 KB，须在 %2-%3 KB 之间。</translation>
    </message>
    <message>
        <source>The photo could not be processed.</source>
        <translation>照片无法处理。</translation>
    </message>
    <message>
        <source>local register folder</source>
        <translation>本地户籍照片目录</translation>
    </message>
    <message>
        <source>The register has no photo for %1.</source>
        <translation>户籍登记中没有 %1 的照片。</translation>
    </message>
    <message>
        <source>The register photo cannot be read.</source>
        <translation>无法读取户籍登记照片。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ow::storage</name>
    <message>
        <source>The disk is full: free some space, then try again.</source>
        <translation>磁盘已满：请清理空间后重试。</translation>
    </message>
    <message>
        <source>The local database is damaged. Call technical support; do not delete it.</source>
        <translation>本地数据库已损坏。请联系技术支持，不要删除它。</translation>
    </message>
    <message>
        <source>The local database cannot be opened for writing. Check the data folder&apos;s permissions.</source>
        <translation>本地数据库无法写入。请检查数据目录的权限。</translation>
    </message>
    <message>
        <source>The local database reported an error.</source>
        <translation>本地数据库出错。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of OneWindow (schema %1; this version knows up to %2). Install the newer version; the database was left untouched.</source>
        <translation>此数据库由更新版本的一窗通办写入（结构版本 %1，本版本最高支持 %2）。请安装新版本；数据库未做任何改动。</translation>
    </message>
    <message>
        <source>The local database is busy in another OneWindow program. Try again in a moment.</source>
        <translation>本地数据库正被另一个一窗通办程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>Officer number or password is not correct.</source>
        <translation>警号或密码不正确。</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>教官</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>This profile has no officers yet.</source>
        <translation>本模式还没有民警账号。</translation>
    </message>
    <message>
        <source>This profile uses an unknown cipher.</source>
        <translation>本模式使用了未知的加密算法。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>Officer %1 already exists.</source>
        <translation>警号 %1 已存在。</translation>
    </message>
    <message>
        <source>The first officer of a profile must be an administrator.</source>
        <translation>每个模式的第一个账号必须是管理员。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法保护密码。</translation>
    </message>
    <message>
        <source>This profile already has officers: an administrator must add new ones.</source>
        <translation>本模式已有民警账号：新账号须由管理员添加。</translation>
    </message>
    <message>
        <source>Only an administrator can add officers.</source>
        <translation>只有管理员才能添加民警账号。</translation>
    </message>
    <message>
        <source>Give the officer at least one role.</source>
        <translation>请至少为民警指定一个角色。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>密码错误次数过多：此账号已锁定至 %1。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>此账号已停用。</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <source>Stored data could not be decrypted: it was changed or damaged.</source>
        <translation>已存数据无法解密：数据被改动或已损坏。</translation>
    </message>
    <message>
        <source>Not enough memory to check the password.</source>
        <translation>内存不足，无法验证密码。</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>密码不正确。</translation>
    </message>
    <message>
        <source>This officer&apos;s key could not be opened. Ask an administrator to reset the password.</source>
        <translation>无法打开此民警的密钥。请联系管理员重置密码。</translation>
    </message>
    <message>
        <source>Case %1 was not found.</source>
        <translation>未找到业务 %1。</translation>
    </message>
    <message>
        <source>Case %1 has an unknown status.</source>
        <translation>业务 %1 的状态无法识别。</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else after you opened it. Open it again and check its status before changing it.</source>
        <translation>业务 %1 在您打开后已被他人修改。请重新打开并核对其状态后再变更。</translation>
    </message>
    <message>
        <source>A case that is %1 cannot become %2.</source>
        <translation>“%1”的业务不能变为“%2”。</translation>
    </message>
    <message>
        <source>Give the reason why the case becomes %1.</source>
        <translation>请填写业务变为“%1”的原因。</translation>
    </message>
    <message>
        <source>The case was deleted while it was listed.</source>
        <translation>该案件在列表显示期间已被删除。</translation>
    </message>
    <message>
        <source>A search page holds 1 to 1000 cases.</source>
        <translation>每页查找结果须为 1 至 1000 件。</translation>
    </message>
    <message>
        <source>The stored file was not found.</source>
        <translation>未找到存储的文件。</translation>
    </message>
    <message>
        <source>There is nothing to store: the file is empty.</source>
        <translation>文件为空，没有可存储的内容。</translation>
    </message>
    <message>
        <source>The same file is already stored as another kind.</source>
        <translation>相同的文件已作为其他类型存储。</translation>
    </message>
    <message>
        <source>The stored file is damaged.</source>
        <translation>存储的文件已损坏。</translation>
    </message>
    <message>
        <source>The queued operation was not found.</source>
        <translation>未找到排队中的操作。</translation>
    </message>
    <message>
        <source>A photo can only be kept with an identified person.</source>
        <translation>只有已核验身份的人员才能保存照片。</translation>
    </message>
</context>
<context>
    <name>ow::sync</name>
    <message>
        <source>This workstation could not make its key.</source>
        <translation>本工作站无法生成密钥。</translation>
    </message>
    <message>
        <source>The enrolment code is unknown, already used or expired. Ask the administrator for a new one.</source>
        <translation>注册码无效、已被使用或已过期。请向管理员申请新的注册码。</translation>
    </message>
    <message>
        <source>The central service gave an answer this workstation does not understand.</source>
        <translation>中心服务返回了本工作站无法识别的应答。</translation>
    </message>
    <message>
        <source>The workstation&apos;s certificate could not be saved in %1.</source>
        <translation>无法将工作站证书保存到 %1。</translation>
    </message>
    <message>
        <source>The central service refused a photo or scan (%1).</source>
        <translation>中心服务拒收了一张照片或扫描件（%1）。</translation>
    </message>
    <message>
        <source>Case %1 is queued for the central service but is not stored on this workstation.</source>
        <translation>业务 %1 已排队等待上传中心服务，但本工作站上没有该业务。</translation>
    </message>
    <message>
        <source>Case %1 was changed at the central service (now %2): open it and check it before changing it again.</source>
        <translation>业务 %1 已在中心服务被变更（当前为“%2”）：请打开核对后再作变更。</translation>
    </message>
    <message>
        <source>The central service rejected %1 because: %2</source>
        <translation>中心服务拒收了 %1，原因：%2</translation>
    </message>
    <message>
        <source>Sync is not set up on this workstation: there is no central service address.</source>
        <translation>本工作站尚未设置同步：没有中心服务地址。</translation>
    </message>
    <message>
        <source>The central service address must start with https://.</source>
        <translation>中心服务地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>This workstation is not enrolled: its certificate files are missing. Ask the administrator for an enrolment code.</source>
        <translation>本工作站尚未注册：缺少证书文件。请向管理员申请注册码。</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate cannot be read. Enrol the workstation again.</source>
        <translation>无法读取本工作站的证书。请重新注册工作站。</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate expired on %1. Ask the administrator for a new enrolment code.</source>
        <translation>本工作站的证书已于 %1 过期。请向管理员申请新的注册码。</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate is valid only from %1: check the computer&apos;s date and time.</source>
        <translation>本工作站的证书自 %1 起才生效：请检查电脑的日期和时间。</translation>
    </message>
    <message>
        <source>No network: the central service&apos;s address cannot be found.</source>
        <translation>没有网络：找不到中心服务的地址。</translation>
    </message>
    <message>
        <source>The central service cannot be reached: no network, or the service is not running.</source>
        <translation>无法连接中心服务：网络不通，或服务未运行。</translation>
    </message>
    <message>
        <source>The central service did not answer in time. It will be tried again.</source>
        <translation>中心服务未能及时响应，稍后将自动重试。</translation>
    </message>
    <message>
        <source>The central service&apos;s certificate is not trusted: this may not be the real central service, so nothing was sent.</source>
        <translation>中心服务的证书不受信任：对方可能不是真正的中心服务，因此未发送任何数据。</translation>
    </message>
    <message>
        <source>Sync was stopped before it finished.</source>
        <translation>同步在完成前被停止。</translation>
    </message>
    <message>
        <source>This workstation&apos;s certificate cannot be used. Enrol the workstation again.</source>
        <translation>本工作站的证书无法使用。请重新注册工作站。</translation>
    </message>
    <message>
        <source>The central service refused this workstation&apos;s certificate because it has expired. Ask the administrator for a new enrolment code.</source>
        <translation>中心服务拒绝了本工作站的证书，因为证书已过期。请向管理员申请新的注册码。</translation>
    </message>
    <message>
        <source>The central service refused the secure connection: this workstation&apos;s certificate was not accepted.</source>
        <translation>中心服务拒绝了安全连接：本工作站的证书未被接受。</translation>
    </message>
    <message>
        <source>The connection to the central service was lost. It will be tried again.</source>
        <translation>与中心服务的连接中断，稍后将自动重试。</translation>
    </message>
    <message>
        <source>The central service has a problem (HTTP %1). It will be tried again.</source>
        <translation>中心服务出现故障（HTTP %1），稍后将自动重试。</translation>
    </message>
    <message>
        <source>The central service refused the request (HTTP %1).</source>
        <translation>中心服务拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>central register</source>
        <translation>中心户籍库</translation>
    </message>
    <message>
        <source>The central register has no photo for %1.</source>
        <translation>中心户籍库中没有 %1 的照片。</translation>
    </message>
    <message>
        <source>The central register&apos;s answer cannot be read. Try again, or compare with a photo the citizen brings.</source>
        <translation>无法读取中心户籍库的应答。请重试，或与群众携带的照片比对。</translation>
    </message>
    <message>
        <source>The central service cannot store the data: its disk is full. Nothing is lost here; it will be tried again.</source>
        <translation>中心服务无法保存数据：其磁盘已满。本机数据不会丢失，稍后将自动重试。</translation>
    </message>
    <message>
        <source>The service catalog sent by the central service was not installed; the one in use stays. Tell the administrator: %1</source>
        <translation>中心服务下发的事项目录未安装，继续使用当前目录。请告知管理员：%1</translation>
    </message>
    <message>
        <source>The holiday calendar sent by the central service has no year in it.</source>
        <translation>中心服务下发的节假日日历中没有任何年份。</translation>
    </message>
    <message>
        <source>The holiday calendar sent by the central service was not installed; deadlines still count with the one in use. %1</source>
        <translation>中心服务下发的节假日日历未安装，办理时限仍按当前日历计算。%1</translation>
    </message>
    <message numerus="yes">
        <source>The back office moved %n case(s) with a change made here not yet accepted (%1): settle them in Sync problems.</source>
        <translation>
            <numerusform>后台变更了 %n 件本窗口尚有变更未被接收的业务（%1）：请在“同步问题”中处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>A text message for case %1 was sent from this counter.</source>
        <translation>本窗口为业务 %1 发送了一条短信。</translation>
    </message>
    <message>
        <source>The case is not on this workstation.</source>
        <translation>本工作站上没有该业务。</translation>
    </message>
    <message>
        <source>Here: %1 (version %2)</source>
        <translation>本窗口：%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Central service: %1 (version %2)</source>
        <translation>中心服务：%1（第 %2 版）</translation>
    </message>
    <message>
        <source>Central service: refused the change</source>
        <translation>中心服务：拒收了该变更</translation>
    </message>
    <message>
        <source>Central service: changed the case (version %1)</source>
        <translation>中心服务：已变更该业务（第 %1 版）</translation>
    </message>
    <message>
        <source>The back office changed this case after this counter last had it, so the change made here was not applied.</source>
        <translation>本窗口最后一次同步后，后台又变更了该业务，因此本窗口的变更未被采用。</translation>
    </message>
    <message>
        <source>The central service did not give a reason.</source>
        <translation>中心服务未说明原因。</translation>
    </message>
    <message>
        <source>There is nothing to settle for %1 any more.</source>
        <translation>%1 已没有需要处理的问题。</translation>
    </message>
</context>
</TS>
